"""Reports the extractor's precision and recall at the end of the test run."""

from __future__ import annotations

REPORT_ATTRIBUTE = "quez_extraction_report"


def pytest_terminal_summary(terminalreporter) -> None:
    report: dict[str, str] = getattr(terminalreporter.config, REPORT_ATTRIBUTE, {})
    if report:
        terminalreporter.section("extraction quality (tests/extraction)")
        for line in report.values():
            terminalreporter.write_line(line)
