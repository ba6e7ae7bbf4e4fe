"""A real SMTP server on loopback for tests that send mail (aiosmtpd, Debian's python3-aiosmtpd):
a free port, and a handler that keeps every message it is given."""

import asyncio
import socket


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Collect:
    """An aiosmtpd handler that keeps every message it is given, taking `delay` seconds over each
    (a slow mail server, so that senders overlap)."""

    def __init__(self, delay=0.0):
        self.messages = []
        self.delay = delay

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        self.messages.append(envelope)
        return "250 OK"
