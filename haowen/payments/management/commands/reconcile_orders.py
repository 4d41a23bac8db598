"""``python manage.py reconcile_orders``: settle open tip orders with their gateways."""

from django.core.management.base import BaseCommand, CommandError

from haowen.payments import services


class Command(BaseCommand):
    help = (
        "Query the gateway about open tip orders older than --min-age seconds (a verified 'paid' "
        "confirms them), close expired unpaid ones at the gateway and here. Safe to run from cron "
        "on several nodes at once."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--min-age",
            type=int,
            default=services.RECONCILE_MIN_AGE,
            help=f"only orders older than this many seconds (default {services.RECONCILE_MIN_AGE})",
        )
        parser.add_argument("--dry-run", action="store_true", help="only count the orders it would look at")

    def handle(self, *args, min_age: int, dry_run: bool, **options):
        if min_age < 0:
            raise CommandError(f"--min-age must be ≥ 0 seconds, got {min_age}")
        counts = services.reconcile(min_age=min_age, dry_run=dry_run)
        summary = ", ".join(f"{name} {n}" for name, n in sorted(counts.items())) or "nothing to do"
        self.stdout.write(("dry run: " if dry_run else "") + summary)
        if counts.get("error"):
            # Non-zero so cron/monitoring notices; the failed orders are retried next run.
            raise CommandError(f"{counts['error']} order(s) could not be checked with their gateway")
