"""Property-based requests from the API's own OpenAPI schema: no request may make it fail.

schemathesis generates requests for every operation (valid and invalid
parameters); a 5xx answer is a bug. Bounded in examples so it stays fast.
(Driven with hypothesis directly: schemathesis' pytest plugin does not load on
this pytest.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from sitrep.api import create_app

schemathesis = pytest.importorskip("schemathesis")


def test_no_request_makes_a_server_error(api_db: Path) -> None:
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(str(api_db)))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 5
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=150,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def no_server_error(case: Any) -> None:
            response = case.call()
            assert response.status_code < 500, (
                f"{case.method} {case.formatted_path} {case.query} -> {response.status_code}: "
                f"{response.text[:300]}"
            )

        no_server_error()
