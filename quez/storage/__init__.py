"""SQLite storage through sqlite-utils: schema migrations and the plain-Python API."""
