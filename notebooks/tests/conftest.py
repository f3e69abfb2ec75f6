"""Shared test settings: where the notebooks are, the charts each must draw, the run to chart."""

import os
import sys
from pathlib import Path

import pytest

NOTEBOOKS_DIR = Path(__file__).resolve().parents[1]
REPO_ROOT = NOTEBOOKS_DIR.parent
sys.path.insert(0, str(NOTEBOOKS_DIR))

# Every notebook and the stable file names (without .png) of the charts it must produce.
EXPECTED_CHARTS = {
    "topic_trends": ["topic_share_over_time", "topic_share_heatmap", "topic_small_multiples",
                     "topic_risers_fallers"],
    "country_pairs": ["partners_articles", "partners_npmi", "region_pair_strength",
                      "cooperation_index"],
    "network": ["network", "region_partners_change"],
    "country_profile": ["country_share", "country_topics_heatmap", "country_topic_multiples",
                        "partners_per_topic"],
}


@pytest.fixture(scope="session")
def output_dir():
    """The finished run the notebooks chart: ENTENTE_OUTPUT (required)."""
    path = os.environ.get("ENTENTE_OUTPUT")
    if not path or not (Path(path) / "_manifest.json").is_file():
        pytest.fail("ENTENTE_OUTPUT must name a finished run of the job (tables and "
                    f"_manifest.json); got {path!r}. Use notebooks/run-tests.sh OUTPUT_DIR.")
    return Path(path).resolve()
