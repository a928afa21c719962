import json
import subprocess
import sys

import pytest

from kiosk.cli import main


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["no-such-command"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_iin_check_as_a_console_script() -> None:
    result = subprocess.run([sys.executable, "-m", "kiosk", "iin", "check", "220403520013",
                             "--json"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"valid": True, "birth_date": "2022-04-03",
                                         "sex": "male", "error": None}
