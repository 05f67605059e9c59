"""The search postings' bigram becomes an integer: its two code points in one number, the first shifted left by 21
bits (``searchindex.code``; a code point is below 2**21).  An index of integers (tens of millions of postings after
a bulk load) builds in about half the time of one of two-character strings, and a look-up compares one number.

PostgreSQL rewrites the column in place (``ascii`` of a character is its code point in a UTF-8 database); SQLite
recodes the strings, then remakes the table with an integer column.  Back: the two characters again (``chr``,
``char``)."""
from django.db import migrations, models

MASK = (1 << 21) - 1


def _field(model, field):
    field.set_attributes_from_name("gram")
    field.model = model
    return field


def to_code(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE ledger_searchgram ALTER COLUMN gram TYPE bigint USING "
            "(ascii(substr(gram, 1, 1))::bigint << 21) | ascii(substr(gram, 2, 1))")
        return
    # recoded while the column is still text (its codes kept as digits), then the table remade with an integer
    # column, which takes the digits as numbers: remade first, a bigram of digits (20, 02) would become a number
    model = apps.get_model("ledger", "SearchGram")
    schema_editor.execute("UPDATE ledger_searchgram SET gram = (unicode(substr(gram, 1, 1)) << 21) | "
                          "unicode(substr(gram, 2, 1))")
    schema_editor.alter_field(model, model._meta.get_field("gram"), _field(model, models.BigIntegerField()))


def to_text(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(
            'ALTER TABLE ledger_searchgram ALTER COLUMN gram TYPE varchar(2) COLLATE "C" USING '
            f"chr((gram >> 21)::int) || chr((gram & {MASK})::int)")
        return
    model = apps.get_model("ledger", "SearchGram")
    schema_editor.alter_field(model, _field(model, models.BigIntegerField()), model._meta.get_field("gram"))
    schema_editor.execute(f"UPDATE ledger_searchgram SET gram = char(CAST(gram AS INTEGER) >> 21, "
                          f"CAST(gram AS INTEGER) & {MASK})")


class Migration(migrations.Migration):

    dependencies = [("ledger", "0007_tallies_task_covering")]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(to_code, to_text)],
            state_operations=[migrations.AlterField(model_name="searchgram", name="gram",
                                                    field=models.BigIntegerField())]),
    ]
