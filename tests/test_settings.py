from pathlib import Path

import pytest

from kiosk.settings import SettingsError, default_config_path, load_settings

EXAMPLE = Path(__file__).resolve().parents[1] / "kiosk.example.toml"


def test_defaults_give_the_embedded_kazakh_kiosk(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "absent.toml", environ={})
    assert settings.embedded
    assert settings.kiosk.language == "kk"
    assert settings.kiosk.mode == "kiosk"
    assert settings.eds.environment == "demo"


def test_the_documented_example_file_loads() -> None:
    settings = load_settings(EXAMPLE, environ={})
    assert settings.kiosk.inactivity_warning_s >= 20
    astana = settings.region_rules("710000000")
    assert astana.choose_window_working_days == 1
    assert astana.priority_interleave == (1, 3)
    assert settings.region_rules().choose_window_working_days == 3  # the kiosk's own region


def test_file_values_and_environment_overrides(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[kiosk]\nlanguage = "ru"\nservice_centre = "ЦОН-7"\n'
                      '[central]\nurl = "https://central.example.kz"\n', encoding="utf-8")
    settings = load_settings(config, environ={"KIOSK_KIOSK_MODE": "clerk",
                                              "KIOSK_EDS_ONLINE_REVOCATION": "yes"})
    assert settings.kiosk.language == "ru"
    assert settings.kiosk.service_centre == "ЦОН-7"
    assert settings.kiosk.mode == "clerk"
    assert settings.eds.online_revocation is True
    assert not settings.embedded


def test_the_config_path_comes_from_the_environment(tmp_path: Path) -> None:
    config = tmp_path / "other.toml"
    config.write_text('log_level = "DEBUG"\n', encoding="utf-8")
    assert load_settings(environ={"KIOSK_CONFIG": str(config)}).log_level == "DEBUG"
    assert default_config_path().name == "kiosk.toml"


@pytest.mark.parametrize(("text", "env", "names"), [
    ('[kiosk]\nlanguage = "en"\n', {}, "kiosk:language"),
    ('[kiosk]\ninactivity_timeout_s = "soon"\n', {}, "inactivity_timeout_s"),
    ('[kiosk]\ncolour = "red"\n', {}, "colour"),
    ("", {"KIOSK_EDS_ONLINE_REVOCATION": "maybe"}, "KIOSK_EDS_ONLINE_REVOCATION"),
    ("", {"KIOSK_CENTRAL_TIMEOUT_S": "-1"}, "KIOSK_CENTRAL_TIMEOUT_S"),
    ("[kiosk\n", {}, "kiosk.toml"),
    ("[kiosk]\ninactivity_warning_s = 5\n", {}, "at least 20"),
    ('[kiosk]\nservice_centre = "ЦОН <7>"\n', {}, "kiosk.service_centre"),
    ("[regions.710000000]\nchoose_window_working_days = \"one\"\n", {}, "regions.710000000.choose"),
    ("", {"KIOSK_CENTRAL_PUBLIC_URL": "queue.example.kz"}, "central.public_url"),
])
def test_bad_values_are_refused_naming_the_key(tmp_path: Path, text: str, env: dict[str, str],
                                               names: str) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError, match=names):
        load_settings(config, environ=env)


def test_the_anchors_directory_defaults_to_the_data_dir(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "absent.toml", environ={"KIOSK_DATA_DIR": str(tmp_path / "data")})
    assert settings.eds.anchors_dir == ""
    assert settings.anchors_path == tmp_path / "data" / "anchors"
    configured = load_settings(tmp_path / "absent.toml", environ={"KIOSK_EDS_ANCHORS_DIR": "/etc/kiosk/nca"})
    assert configured.anchors_path == Path("/etc/kiosk/nca")


def test_the_public_address_of_the_central_service(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "absent.toml", environ={}).central.public_url == \
        "http://127.0.0.1:8000"
    overridden = load_settings(tmp_path / "absent.toml", environ={
        "KIOSK_CENTRAL_PUBLIC_URL": "https://queue.example.kz/balabaqsha"})
    assert overridden.central.public_url == "https://queue.example.kz/balabaqsha"
