"""The endpoint app: one Starlette app dispatching ``/v1/chat/completions`` by modality."""
