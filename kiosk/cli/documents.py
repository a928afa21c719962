"""`kiosk documents …`: render demo output documents and read a PDF's embedded id.

    kiosk documents sample --type referral --lang kk -o referral.pdf [--slip]
    kiosk documents inspect referral.pdf [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# Only the light data model here: rendering pulls reportlab in, and the parser is built on
# every start of `kiosk`, so the handlers import it when they run.
from kiosk.documents.model import DocType, Language


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `documents` subcommand."""
    documents = subparsers.add_parser("documents", help="output documents (PDF)")
    actions = documents.add_subparsers(dest="documents_command", required=True)

    sample = actions.add_parser("sample", help="render a demo document from the demo register")
    sample.add_argument("--type", dest="doc_type", required=True,
                        choices=[t.value for t in DocType], help="which document")
    sample.add_argument("--lang", dest="doc_lang", default=Language.KK.value,
                        choices=[lang.value for lang in Language],
                        help="the applicant's language (default: kk)")
    sample.add_argument("-o", "--output", required=True, type=Path, help="the PDF to write")
    sample.add_argument("--slip", action="store_true", help="an 80 mm receipt slip instead of A4")
    sample.add_argument("--base-url", help="the central service's address in the QR code "
                                           "(default: the demo central service, "
                                           "http://127.0.0.1:8000)")
    sample.set_defaults(func=_sample)

    inspect = actions.add_parser("inspect", help="show the document id and digest a PDF carries")
    inspect.add_argument("file", type=Path)
    inspect.add_argument("--json", action="store_true", help="print JSON")
    inspect.set_defaults(func=_inspect)


def _sample(args: argparse.Namespace) -> int:
    from kiosk.documents.render import render, render_slip
    from kiosk.documents.samples import DEMO_VERIFY_BASE_URL, sample_data

    try:
        data = sample_data(args.doc_type, args.doc_lang,
                           verify_base_url=args.base_url or DEMO_VERIFY_BASE_URL)
    except ValueError as exc:
        print(f"kiosk documents sample: {exc}", file=sys.stderr)
        return 2
    pdf = render_slip(data) if args.slip else render(data)
    try:
        args.output.write_bytes(pdf)
    except OSError as exc:
        print(f"kiosk documents sample: cannot write {args.output}: {exc.strerror}",
              file=sys.stderr)
        return 1
    print(f"{args.output}: {data.doc_type.value} ({data.language.value}), "
          f"document {data.document_id}")
    return 0


def _inspect(args: argparse.Namespace) -> int:
    from kiosk.documents.digest import NotABalabaqshaDocument, read_embedded

    try:
        document_id, digest = read_embedded(args.file.read_bytes())
    except OSError as exc:
        print(f"kiosk documents inspect: cannot read {args.file}: {exc.strerror}",
              file=sys.stderr)
        return 1
    except NotABalabaqshaDocument as exc:
        print(f"kiosk documents inspect: {args.file}: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"document_id": document_id, "digest": digest}))
    else:
        print(f"document {document_id}\ndigest   {digest}")
    return 0
