"""Response parsing: validate against the generated pydantic models, leniently. A response that does
not match its schema (a missing field, a new enum value) is kept, not rejected: the valid parts are
typed, the rest stays as it came, and a warning is logged."""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Union, get_args, get_origin

import pydantic
from pydantic_core import PydanticCustomError, core_schema
from typing_extensions import Literal

logger = logging.getLogger(__package__ or __name__)


class Model(pydantic.BaseModel):
    """Base of every response model: unknown fields are kept (``model_extra``), names may be given by alias."""

    # Validators are built at a model's first use, not at import: a large spec has thousands of models.
    model_config = pydantic.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True)

    def to_dict(self) -> Dict[str, Any]:
        """The data with the wire's field names, extra fields included."""
        return self.model_dump(by_alias=True, exclude_unset=True, mode="json")


def _json_type(value: Any) -> str:
    """The JSON type of a parsed value: bool before int (``True == 1`` in Python, not in JSON)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return type(value).__name__


def _literal_members(tp: Any) -> List[Any]:
    if get_origin(tp) is Literal:
        return list(get_args(tp))
    return [m for arm in get_args(tp) for m in _literal_members(arm)]


class _SameJsonType:
    """``Annotated`` marker of an enum mixing JSON types (``Literal[1, "1", True]``, maybe with
    ``float``): a value keeps its JSON type. pydantic alone reads ``1.0`` as ``True``, ``True`` as
    ``1`` and ``"1"`` as ``1.0``; here a number matches only a number member (or ``float``), a
    boolean only a boolean one, and anything else is a miss (kept as received, see ``parse_as``)."""

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        members = _literal_members(source)

        def check(value: Any, inner: Any) -> Any:
            kind = _json_type(value)
            for member in members:
                if _json_type(member) == kind and member == value:
                    return member
            result = inner(value)
            if _json_type(result) != kind:
                raise PydanticCustomError("json_type", "{kind} value outside the enum", {"kind": kind})
            return result

        return core_schema.no_info_wrap_validator_function(check, handler(source))


SameJsonType = _SameJsonType()


_ADAPTERS: Dict[Any, "pydantic.TypeAdapter[Any]"] = {}


def _built(tp: Any) -> Any:
    """``tp``, a deferred model made complete: its fields' annotations resolved (``_lenient`` reads them)."""
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel) and not tp.__pydantic_complete__:
        tp.model_rebuild()
    return tp


def _adapter(tp: Any) -> "pydantic.TypeAdapter[Any]":
    key = _built(tp) if isinstance(tp, type) else repr(tp)
    adapter = _ADAPTERS.get(key)
    if adapter is None:
        adapter = _ADAPTERS[key] = pydantic.TypeAdapter(tp)
    return adapter


def parse_as(tp: Any, data: Any) -> Any:
    """``data`` as ``tp``; on a mismatch, the lenient reading (see module doc)."""
    if tp is Any or tp is object:
        return data
    try:
        return _adapter(tp).validate_python(data)
    except pydantic.ValidationError as error:
        # Locations and kinds only: the values may carry anything, credentials included.
        where = [(".".join(str(p) for p in e["loc"]), e["type"]) for e in error.errors()[:3]]
        logger.warning("response does not match %s (kept as received): %s", getattr(tp, "__name__", tp), where)
        return _lenient(tp, data, 0)


def _lenient(tp: Any, data: Any, depth: int) -> Any:
    if depth > 32:
        return data
    try:
        return _adapter(tp).validate_python(data)
    except Exception:
        pass
    origin = get_origin(tp)
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel) and isinstance(data, dict):
        values: Dict[str, Any] = {}
        for name, field in tp.model_fields.items():
            key = field.alias or name
            if key in data:
                values[name] = _lenient(field.annotation, data[key], depth + 1)
        known = {field.alias or name for name, field in tp.model_fields.items()}
        extra = {k: v for k, v in data.items() if k not in known}
        instance = tp.model_construct(**values)
        if extra:
            object.__setattr__(instance, "__pydantic_extra__", {**(instance.__pydantic_extra__ or {}), **extra})
        return instance
    if origin in (list, tuple) and isinstance(data, list):
        (item,) = get_args(tp)[:1] or (Any,)
        return [_lenient(item, x, depth + 1) for x in data]
    if origin in (dict,) and isinstance(data, dict):
        args = get_args(tp)
        value_type = args[1] if len(args) == 2 else Any
        return {k: _lenient(value_type, v, depth + 1) for k, v in data.items()}
    if origin is Union:
        for arm in get_args(tp):
            if isinstance(arm, type) and issubclass(arm, pydantic.BaseModel) and isinstance(data, dict):
                return _lenient(arm, data, depth + 1)
    return data
