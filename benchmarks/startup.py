"""Kiosk start-up, one registration, and memory over many registrations (embedded central).

    python benchmarks/startup.py [--starts 5] [--runs 10] [--registrations 20]
                                 [--data-dir DIR] [--keep]

Prints its figures against the targets:

1. process start to the home screen shown — target ≤ 1.0 s. The kiosk has no "shown" flag,
   so a small driver (written to a temp file, run as a subprocess with
   ``QT_QPA_PLATFORM=offscreen``) loads the settings and logging as ``kiosk`` does, then calls
   :func:`kiosk.ui.application.run_kiosk` unchanged, with ``show_window`` wrapped so the driver
   reports the moment the main window (its home page) has been shown and painted, and the
   moment its services are ready (``MainWindow.attached``: the central link, the keys and the
   region's lists prepared behind the home screen), then quits. The time runs from just
   before the parent spawns the interpreter. The first (cold) start creates the demo PKI and
   the embedded central database in the data dir; the figures are the medians of
   ``--starts`` warm starts after it.
2. a registration, from «Отправить» to the result — target ≤ 0.3 s median: in
   process, on a copy of that data dir, the kiosk is prepared as ``run_kiosk`` does
   (:func:`kiosk.ui.startup.prepare`, the window built on it, offscreen), then each run builds
   the «register» XML from a Register payload, signs it with the applicant's demo SIGN key
   after judging the key (:func:`kiosk.ui.signing.keys.sign_document`, what the signing
   dialog does once the password is typed) and submits it through the SyncWorker's outbox
   over the embedded link, until the central's answer (the result screen's data) is back.
   Password entry is excluded. Median of ``--runs``. Each application is withdrawn (untimed)
   so the next registration of the same demo child is not refused as a duplicate.
3. RSS after ``--registrations`` further registrations — target ≤ 250 MB, with the RSS after
   each one and the least-squares growth slope in MB per registration.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
START_TARGET_S = 1.0
REGISTRATION_TARGET_MS = 300
RSS_TARGET_MB = 250.0
KARAGANDA = "351010000"  # a district of the demo region

DRIVER = textwrap.dedent("""
    import os, sys, time
    from kiosk.logs import setup_logging
    from kiosk.settings import load_settings

    settings = load_settings()
    setup_logging(settings.log_path, settings.log_level)
    import kiosk.ui.application as application
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from kiosk.ui.main_window import MainWindow

    original = application.show_window

    def ready(window):
        window.repaint()
        print(f"HOME_READY {time.time():.6f}", flush=True)
        window.unlock()  # a kiosk refuses to close (and so to quit) until a clerk releases it
        QTimer.singleShot(0, QApplication.instance().quit)

    def show_window(window, kiosk_mode):
        original(window, kiosk_mode)
        if isinstance(window, MainWindow):
            window.attached.connect(lambda: ready(window))
            window.repaint()  # the home page painted, not only mapped
            QApplication.processEvents()
            print(f"HOME_SHOWN {time.time():.6f}", flush=True)

    application.show_window = show_window
    code = application.run_kiosk(settings, kiosk_mode=True)
    sys.exit(code)
""")



# -- 1. start-up ----------------------------------------------------------------------------


def _env(data_dir: Path, config: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", KIOSK_DATA_DIR=str(data_dir), KIOSK_CONFIG=str(config),
               PYTHONPATH=str(REPO) + os.pathsep + env.get("PYTHONPATH", ""))
    return env


def one_start(driver: Path, env: dict[str, str], timeout: float) -> tuple[float, float]:
    """Seconds from the spawn to the home screen shown, and to its services ready."""
    spawned = time.time()
    done = subprocess.run([sys.executable, str(driver)], env=env, capture_output=True,
                          text=True, timeout=timeout, check=False)
    moments = {line.split()[0]: float(line.split()[1]) for line in done.stdout.splitlines()
               if line.startswith(("HOME_SHOWN ", "HOME_READY "))}
    if done.returncode != 0 or len(moments) != 2:
        raise RuntimeError(f"the kiosk did not reach its home screen (exit {done.returncode}):\n"
                           f"{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    return moments["HOME_SHOWN"] - spawned, moments["HOME_READY"] - spawned


def measure_startup(data_dir: Path, config: Path,
                    starts: int) -> tuple[tuple[float, float], list[tuple[float, float]]]:
    with tempfile.TemporaryDirectory() as folder:
        driver = Path(folder) / "kiosk_startup_driver.py"
        driver.write_text(DRIVER, encoding="utf-8")
        env = _env(data_dir, config)
        cold = one_start(driver, env, timeout=150)
        warm = [one_start(driver, env, timeout=60) for _ in range(starts)]
    return cold, warm


# -- 2 and 3. registrations in process --------------------------------------------------------


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def slope(values: list[float]) -> float:
    xs = range(1, len(values) + 1)
    mx, my = statistics.fmean(xs), statistics.fmean(values)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, values)) / den if den else 0.0


def measure_registrations(data_dir: Path, config: Path, runs: int, registrations: int):
    os.environ.update(QT_QPA_PLATFORM="offscreen", KIOSK_DATA_DIR=str(data_dir),
                      KIOSK_CONFIG=str(config))
    from PySide6.QtWidgets import QApplication

    from kiosk.central.protocol import Register, SignedRequestDraft, Withdraw, request_to_xml
    from kiosk.domain import demo_register
    from kiosk.domain.numbers import QueueType
    from kiosk.eds.certificate import KeyPurpose
    from kiosk.eds.demo_pki import load_demo_pki
    from kiosk.eds.file_keystore import FileKeyStore
    from kiosk.eds.validation import CertificateValidator
    from kiosk.central.verifier import demo_pki_dir, eds_policy
    from kiosk.settings import load_settings
    from kiosk.ui.application import create_window, kiosk_setup, show_window
    from kiosk.ui.signing.keys import sign_document

    settings = load_settings()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    from kiosk.ui.startup import prepare

    prepared = prepare(settings)
    window = create_window(settings.kiosk.language, True,
                           kiosk_setup(settings, True, prepared))
    show_window(window, True)
    app.processEvents()
    worker = prepared.worker
    pki = load_demo_pki(demo_pki_dir(settings))
    validator = CertificateValidator(eds_policy(settings))
    usable = {k.iin for k in pki.keys if k.purpose is KeyPurpose.SIGN and not k.revoked}
    families = [(parent, child.iin) for parent in sorted(usable)  # Іңкәр's SIGN key is revoked
                for child in demo_register.children_of(parent) if child.birth_date.year >= 2020]
    secret = pki.keys[0].password  # typed by the visitor: outside the timing

    stores: dict[str, tuple[FileKeyStore, str]] = {}

    def store_of(iin: str) -> tuple[FileKeyStore, str]:
        if iin not in stores:
            key = next(k for k in pki.keys
                       if k.iin == iin and k.purpose is KeyPurpose.SIGN and not k.revoked)
            store = FileKeyStore(key.file)
            stores[iin] = (store, store.list_keys(secret)[0].alias)
        return stores[iin]

    def signed(iin: str, payload) -> bytes:  # noqa: ANN001
        store, alias = store_of(iin)
        return sign_document(request_to_xml(SignedRequestDraft(payload)), store, alias, secret,
                             purpose=KeyPurpose.SIGN, validator=validator, expected_iin=iin)

    def register(n: int) -> float:
        parent, child = families[n % len(families)]
        person = demo_register.find_person(parent)
        payload = Register(parent, child, QueueType.ORDINARY, KARAGANDA,
                           email="bench@mail.kz", phone=person.phone if person else "",
                           service_centre="")
        started = time.perf_counter()  # «Отправить», the password already typed
        receipt = worker.submit(signed(parent, payload)).result(timeout=30)
        elapsed = time.perf_counter() - started
        result = receipt.result
        if receipt.pending or result is None or result.status == "refused":
            raise RuntimeError(f"registration {n} not accepted: {receipt}")
        app.processEvents()
        worker.submit(signed(parent, Withdraw(result.number or "", "benchmark"))).result(timeout=30)
        return elapsed

    try:
        times = [register(n) for n in range(runs)]
        baseline = rss_mb()
        rss = []
        for n in range(registrations):
            register(runs + n)
            rss.append(rss_mb())
    finally:
        window.close()
        prepared.close()
    return times, baseline, rss


# -- the report -----------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--registrations", type=int, default=20)
    parser.add_argument("--data-dir", help="the prepared data dir to start on (default: a new one)")
    parser.add_argument("--keep", action="store_true", help="keep the data dirs")
    args = parser.parse_args()

    total = time.perf_counter()
    scratch = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    data_dir = Path(args.data_dir) if args.data_dir else scratch / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    config = scratch / "kiosk.toml"  # empty: the defaults, embedded demo central
    config.write_text("", encoding="utf-8")
    try:
        print(f"data dir {data_dir}")
        cold, warm = measure_startup(data_dir, config, args.starts)
        print(f"first start (prepares PKI and DB): home shown {cold[0]:.2f} s, "
              f"services ready {cold[1]:.2f} s")
        print("warm starts, home shown / services ready: "
              + ", ".join(f"{shown:.3f}/{ready:.3f}" for shown, ready in warm) + " s")

        reg_dir = scratch / "registrations"
        shutil.copytree(data_dir, reg_dir, ignore=shutil.ignore_patterns("logs"))
        times, baseline, rss = measure_registrations(reg_dir, config, args.runs,
                                                     args.registrations)
        print("registration runs: " + ", ".join(f"{t * 1000:.0f}" for t in times) + " ms")
        print(f"RSS before: {baseline:.1f} MB; after each registration:")
        for i, value in enumerate(rss, 1):
            print(f"  {i:3d}  {value:7.1f} MB")
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)

    start = statistics.median(shown for shown, _ready in warm)
    ready = statistics.median(ready for _shown, ready in warm)
    reg = statistics.median(times)
    growth = slope(rss)
    rows = [
        (f"start → home shown, median of {len(warm)} warm", f"{start:.3f} s",
         f"≤ {START_TARGET_S:.1f} s", "OK" if start <= START_TARGET_S else "OVER"),
        (f"start → services ready, median of {len(warm)} warm", f"{ready:.3f} s", "—", "—"),
        (f"registration sign+submit+result, median of {len(times)}", f"{reg * 1000:.0f} ms",
         f"≤ {REGISTRATION_TARGET_MS} ms", "OK" if reg * 1000 <= REGISTRATION_TARGET_MS else "OVER"),
        (f"RSS after {len(rss)} registrations", f"{rss[-1]:.1f} MB", f"≤ {RSS_TARGET_MB:.0f} MB",
         "OK" if rss[-1] <= RSS_TARGET_MB else "OVER"),
        ("RSS growth (least squares)", f"{growth:+.3f} MB/reg", "—", "—"),
    ]
    width = max(len(r[0]) for r in rows)
    print()
    print(f"{'figure':<{width}}  {'value':>14}  {'target':>9}  result")
    for figure, value, target, verdict in rows:
        print(f"{figure:<{width}}  {value:>14}  {target:>9}  {verdict}")
    print(f"(benchmark took {time.perf_counter() - total:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
