"""The schedules a data engineer runs: a weekly full crawl and a daily incremental one (Europe/Stockholm).

``prefect.yaml`` declares the same two deployments for a Prefect server or Prefect Cloud work pool; this
module serves them from one local process (``socinv serve``), which needs a running ``prefect server start``
for the cron schedules to fire (Prefect's temporary server does not schedule). With ``SOCINV_DASK_ADDRESS`` set in
the serving (or worker) process's environment, each run spreads its crawl shards and extraction over that Dask
cluster (docs/operations.md).
"""

from __future__ import annotations

from prefect import serve
from prefect.schedules import Cron

from pipeline.flows import build_release

TIMEZONE = "Europe/Stockholm"
DEPLOYMENTS = {
    # name: (cron, parameters, description)
    "weekly-full": ("0 3 * * 1", {"live": True, "sources": "all"},
                    "Every municipality and region, every Monday 03:00."),
    "daily-incremental": ("0 4 * * 2-7", {"live": True, "sources": "all", "since": "1d"},
                          "Re-crawl with conditional requests; unchanged pages are neither fetched nor re-extracted."),
}


def deployments():
    return [build_release.to_deployment(name=name, schedules=[Cron(cron, timezone=TIMEZONE)], parameters=params,
                                        description=desc, tags=["socinv"])
            for name, (cron, params, desc) in DEPLOYMENTS.items()]


def serve_all() -> None:
    serve(*deployments())
