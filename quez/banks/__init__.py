"""Question banks: pydantic models (``models``) and TOML loading (``loader``)."""
