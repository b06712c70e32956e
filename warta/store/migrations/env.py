"""Alembic environment for warta's store: always run on a connection the Store hands over."""

from alembic import context

from warta.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    version_table="warta_migrations",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
