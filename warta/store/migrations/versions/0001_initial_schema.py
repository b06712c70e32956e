"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-24 20:34:27.175096
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('documents',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('doc_id', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=True),
    sa.Column('lang_confidence', sa.Float(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('published_source', sa.String(length=16), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('source_publisher', sa.Text(), nullable=True),
    sa.Column('source_url', sa.Text(), nullable=True),
    sa.Column('source_author', sa.Text(), nullable=True),
    sa.Column('source_publisher_span_start', sa.Integer(), nullable=True),
    sa.Column('source_publisher_span_end', sa.Integer(), nullable=True),
    sa.Column('source_dateline_place', sa.Text(), nullable=True),
    sa.Column('source_dateline_span_start', sa.Integer(), nullable=True),
    sa.Column('source_dateline_span_end', sa.Integer(), nullable=True),
    sa.Column('input_name', sa.Text(), nullable=True),
    sa.Column('input_format', sa.String(length=16), nullable=True),
    sa.Column('input_encoding', sa.String(length=32), nullable=True),
    sa.Column('pipeline', sa.Text(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('content_hash')
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index('ix_documents_published', ['published'], unique=False)

    op.create_table('rejects',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('input', sa.Text(), nullable=False),
    sa.Column('stage', sa.String(length=64), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('rejected_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('input', 'stage', 'code', name='uq_rejects_input_stage_code')
    )
    op.create_table('claims',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('content_start', sa.Integer(), nullable=True),
    sa.Column('content_end', sa.Integer(), nullable=True),
    sa.Column('cue_start', sa.Integer(), nullable=True),
    sa.Column('cue_end', sa.Integer(), nullable=True),
    sa.Column('stance', sa.String(length=16), nullable=True),
    sa.Column('claimant_span_start', sa.Integer(), nullable=True),
    sa.Column('claimant_span_end', sa.Integer(), nullable=True),
    sa.Column('claimant_entity', sa.String(length=16), nullable=True),
    sa.Column('evidence', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE')
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index('ix_claims_document', ['document_id'], unique=False)

    op.create_table('credits',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE')
    )
    with op.batch_alter_table('credits', schema=None) as batch_op:
        batch_op.create_index('ix_credits_document', ['document_id'], unique=False)

    op.create_table('entities',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('label', sa.String(length=16), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('sector', sa.String(length=16), nullable=True),
    sa.Column('kb', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE')
    )
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.create_index('ix_entities_document', ['document_id'], unique=False)

    op.create_table('event_quantities',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE')
    )
    with op.batch_alter_table('event_quantities', schema=None) as batch_op:
        batch_op.create_index('ix_event_quantities_document', ['document_id'], unique=False)

    op.create_table('events',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('mode', sa.String(length=32), nullable=True),
    sa.Column('cameo', sa.String(length=8), nullable=True),
    sa.Column('acled_event_type', sa.Text(), nullable=True),
    sa.Column('acled_sub_event_type', sa.Text(), nullable=True),
    sa.Column('trigger_start', sa.Integer(), nullable=True),
    sa.Column('trigger_end', sa.Integer(), nullable=True),
    sa.Column('sentence_start', sa.Integer(), nullable=True),
    sa.Column('sentence_end', sa.Integer(), nullable=True),
    sa.Column('actor_span_start', sa.Integer(), nullable=True),
    sa.Column('actor_span_end', sa.Integer(), nullable=True),
    sa.Column('actor_entity', sa.String(length=16), nullable=True),
    sa.Column('actor_code', sa.String(length=16), nullable=True),
    sa.Column('actor_sector', sa.String(length=16), nullable=True),
    sa.Column('target_span_start', sa.Integer(), nullable=True),
    sa.Column('target_span_end', sa.Integer(), nullable=True),
    sa.Column('target_entity', sa.String(length=16), nullable=True),
    sa.Column('target_code', sa.String(length=16), nullable=True),
    sa.Column('target_sector', sa.String(length=16), nullable=True),
    sa.Column('place', sa.String(length=16), nullable=True),
    sa.Column('date', sa.String(length=32), nullable=True),
    sa.Column('fatalities', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('claim', sa.String(length=16), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_document', ['document_id'], unique=False)
        batch_op.create_index('ix_events_type', ['type'], unique=False)

    op.create_table('mentions',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE')
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index('ix_mentions_document', ['document_id'], unique=False)

    op.create_table('places',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('geonames', sa.Integer(), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('admin1', sa.Text(), nullable=True),
    sa.Column('feature', sa.String(length=16), nullable=True),
    sa.Column('precision', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE')
    )
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.create_index('ix_places_document', ['document_id'], unique=False)

    op.create_table('quantities',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('min', sa.Float(), nullable=True),
    sa.Column('max', sa.Float(), nullable=True),
    sa.Column('approx', sa.Boolean(), nullable=False),
    sa.Column('unit', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE')
    )
    with op.batch_alter_table('quantities', schema=None) as batch_op:
        batch_op.create_index('ix_quantities_document', ['document_id'], unique=False)

    op.create_table('quotes',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('cue_start', sa.Integer(), nullable=True),
    sa.Column('cue_end', sa.Integer(), nullable=True),
    sa.Column('direct', sa.Boolean(), nullable=False),
    sa.Column('speaker_span_start', sa.Integer(), nullable=True),
    sa.Column('speaker_span_end', sa.Integer(), nullable=True),
    sa.Column('speaker_entity', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE')
    )
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.create_index('ix_quotes_document', ['document_id'], unique=False)

    op.create_table('reports',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('input', sa.Text(), nullable=False),
    sa.Column('doc_id', sa.Text(), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('document_id', 'input', name='uq_reports_document_input')
    )
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.create_index('ix_reports_document', ['document_id'], unique=False)

    op.create_table('sentences',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE')
    )
    with op.batch_alter_table('sentences', schema=None) as batch_op:
        batch_op.create_index('ix_sentences_document', ['document_id'], unique=False)

    op.create_table('times',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('value', sa.Text(), nullable=True),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE')
    )
    with op.batch_alter_table('times', schema=None) as batch_op:
        batch_op.create_index('ix_times_document', ['document_id'], unique=False)

    op.create_table('via',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('publisher', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE')
    )
    with op.batch_alter_table('via', schema=None) as batch_op:
        batch_op.create_index('ix_via_document', ['document_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('via', schema=None) as batch_op:
        batch_op.drop_index('ix_via_document')

    op.drop_table('via')
    with op.batch_alter_table('times', schema=None) as batch_op:
        batch_op.drop_index('ix_times_document')

    op.drop_table('times')
    with op.batch_alter_table('sentences', schema=None) as batch_op:
        batch_op.drop_index('ix_sentences_document')

    op.drop_table('sentences')
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.drop_index('ix_reports_document')

    op.drop_table('reports')
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_index('ix_quotes_document')

    op.drop_table('quotes')
    with op.batch_alter_table('quantities', schema=None) as batch_op:
        batch_op.drop_index('ix_quantities_document')

    op.drop_table('quantities')
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.drop_index('ix_places_document')

    op.drop_table('places')
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index('ix_mentions_document')

    op.drop_table('mentions')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_type')
        batch_op.drop_index('ix_events_document')

    op.drop_table('events')
    with op.batch_alter_table('event_quantities', schema=None) as batch_op:
        batch_op.drop_index('ix_event_quantities_document')

    op.drop_table('event_quantities')
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.drop_index('ix_entities_document')

    op.drop_table('entities')
    with op.batch_alter_table('credits', schema=None) as batch_op:
        batch_op.drop_index('ix_credits_document')

    op.drop_table('credits')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index('ix_claims_document')

    op.drop_table('claims')
    op.drop_table('rejects')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index('ix_documents_published')

    op.drop_table('documents')
