from quez.cli import main

raise SystemExit(main())
