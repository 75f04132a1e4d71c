"""Fake upstream servers: real HTTP servers on 127.0.0.1 speaking providers' wire formats."""
