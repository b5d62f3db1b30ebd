from neuromod_aid.cli import main

raise SystemExit(main())
