"""The database schema's newest revision, named where start-up can read it.

The newest revision under ``db/migrations/versions``: kept here, apart from the
database layer, so that start-up can tell an up-to-date database without importing
Alembic or SQLAlchemy (``neuromod_aid.app.first_look``); ``tests/test_migrations.py``
checks it against Alembic's own view of the scripts.
"""

HEAD_REVISION = "0013_sign_off"
