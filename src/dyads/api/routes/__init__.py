"""The API's routers, one module per resource; `create_app` mounts them under ``/api``."""

from dyads.api.routes import actors, coding, documents, events, info, relations

ROUTERS = [info.router, events.router, relations.router, actors.router, documents.router, coding.router]
