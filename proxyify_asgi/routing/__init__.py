"""Routing: which upstream route serves a request, failover between routes."""
