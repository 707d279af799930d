"""Slack's file uploads for the stand-in, in the three steps ``files_upload_v2`` takes.

1. ``files.getUploadURLExternal`` (filename, length) answers an ``upload_url`` and a
   ``file_id``; a length of 0 is ``missing_argument`` and a missing filename or
   length ``invalid_arguments``, as Slack answers them.
2. The bytes are POSTed to that URL; an unknown URL is HTTP 404, and Slack's upload
   service answers ``OK - <bytes>`` in plain text.
3. ``files.completeUploadExternal`` (files, channel_id, initial_comment...) shares the
   file; a file id never issued, or whose bytes never arrived, or already completed is
   ``file_not_found``. It answers the shared files.

    >>> uploads = FileUploads()
    >>> issued = uploads.get_upload_url({"filename": "a.png", "length": "3"}, "http://x")
    >>> uploads.receive(issued["file_id"], b"abc")
    >>> uploads.complete({"files": json.dumps([{"id": issued["file_id"]}])})["ok"]
    True
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from typing import Any


@dataclass
class Upload:
    """One file as the stand-in saw it through the three steps."""

    file_id: str
    filename: str
    length: int
    alt_txt: str | None
    content: bytes | None = None
    title: str | None = None
    channel_id: str | None = None
    initial_comment: str | None = None
    completed: bool = False


class FileUploads:
    """The stand-in's uploads, by file id; callers hold the stand-in's lock."""

    def __init__(self) -> None:
        self.by_id: dict[str, Upload] = {}
        self._ids = itertools.count(1)

    def clear(self) -> None:
        self.by_id.clear()

    def get_upload_url(self, body: dict[str, Any], base_url: str) -> dict[str, Any]:
        """Step 1: reserve a file id and hand out the URL its bytes go to."""
        filename, length = body.get("filename"), str(body.get("length") or "").strip()
        if not filename or not length.isdigit():
            return {"ok": False, "error": "invalid_arguments"}
        if int(length) == 0:
            return {"ok": False, "error": "missing_argument"}
        file_id = f"F{next(self._ids):08d}"
        self.by_id[file_id] = Upload(file_id, filename, int(length), body.get("alt_txt"))
        return {"ok": True, "upload_url": f"{base_url}/upload/v1/{file_id}", "file_id": file_id}

    def receive(self, file_id: str, content: bytes) -> bool:
        """Step 2: keep the bytes POSTed to an issued URL; False for a URL never issued."""
        upload = self.by_id.get(file_id)
        if upload is None:
            return False
        upload.content = content
        return True

    def complete(self, body: dict[str, Any]) -> dict[str, Any]:
        """Step 3: share uploaded files in ``channel_id`` (or keep them private)."""
        try:
            files = json.loads(body.get("files") or "null")
        except json.JSONDecodeError:
            return {"ok": False, "error": "invalid_arguments"}
        if not isinstance(files, list) or not files:
            return {"ok": False, "error": "invalid_arguments"}
        uploads = [self.by_id.get(str(item.get("id"))) for item in files]
        if any(u is None or u.content is None or u.completed for u in uploads):
            return {"ok": False, "error": "file_not_found"}
        shared = []
        for item, upload in zip(files, uploads, strict=True):
            assert upload is not None
            upload.completed = True
            upload.title = item.get("title") or upload.filename
            upload.channel_id = body.get("channel_id")
            upload.initial_comment = body.get("initial_comment")
            channels = [upload.channel_id] if upload.channel_id else []
            shared.append(
                {
                    "id": upload.file_id,
                    "name": upload.filename,
                    "title": upload.title,
                    "size": len(upload.content or b""),
                    "channels": channels,
                }
            )
        return {"ok": True, "files": shared}
