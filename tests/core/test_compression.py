"""Pages and JSON go compressed; in production, static files are collected under hashed
names with gzip copies, which WhiteNoise serves cached for a year."""

from __future__ import annotations

import gzip
from pathlib import Path

from django.core.management import call_command
from django.test import Client, override_settings

PRODUCTION_STATIC = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


def test_pages_and_json_are_compressed_for_a_client_that_asks(db):
    for url in ("/countries", "/api/v1/countries"):
        response = Client().get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        assert response.status_code == 200
        assert response["Content-Encoding"] == "gzip", url
        assert "Accept-Encoding" in response["Vary"]
        assert gzip.decompress(response.content)
    plain = Client().get("/countries")
    assert not plain.has_header("Content-Encoding")


def test_production_collects_hashed_compressed_static_files(tmp_path: Path):
    with override_settings(STORAGES=PRODUCTION_STATIC, STATIC_ROOT=str(tmp_path)):
        call_command("collectstatic", interactive=False, verbosity=0)
    manifest = (tmp_path / "staticfiles.json").read_text()
    css = [p for p in tmp_path.rglob("site.*.css")]
    assert css, "site.css was not collected under a hashed name"
    assert css[0].with_name(css[0].name + ".gz").exists()
    assert "site.css" in manifest
