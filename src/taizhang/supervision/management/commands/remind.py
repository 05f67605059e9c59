"""`manage.py remind`: same as `taizhang remind` (for cron jobs that call Django directly)."""
import datetime as dt

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "issue reminders (催办) for red/yellow items"

    def add_arguments(self, parser):
        parser.add_argument("--date")

    def handle(self, *args, **opts):
        from taizhang.supervision.services import issue_reminders
        run = issue_reminders(dt.date.fromisoformat(opts["date"]) if opts["date"] else None)
        self.stdout.write(f"{len(run.created)} reminder(s) issued, {run.skipped} already issued today")
