"""The official client's module ``airflow_client.client.rest``: the transport.

It lives in :mod:`airflow_client.client.compat.rest` (built on the transport,
:mod:`airflow_client.client.transport.rest`); this name is the same
module object, so ``from airflow_client.client.rest import RESTClientObject``
and a test's ``mock.patch("airflow_client.client.rest....")`` reach it."""

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # what type checkers read: the names, from where they live
    from airflow_client.client.compat.rest import ApiException as ApiException
    from airflow_client.client.compat.rest import ApiValueError as ApiValueError
    from airflow_client.client.compat.rest import ForbiddenException as ForbiddenException
    from airflow_client.client.compat.rest import NotFoundException as NotFoundException
    from airflow_client.client.compat.rest import RESTClientObject as RESTClientObject
    from airflow_client.client.compat.rest import RESTResponse as RESTResponse
    from airflow_client.client.compat.rest import ServiceException as ServiceException
    from airflow_client.client.compat.rest import UnauthorizedException as UnauthorizedException
    from airflow_client.client.compat.rest import in_ipv4net as in_ipv4net
    from airflow_client.client.compat.rest import is_ipv4 as is_ipv4
    from airflow_client.client.compat.rest import logger as logger
    from airflow_client.client.compat.rest import should_bypass_proxies as should_bypass_proxies
else:
    from airflow_client.client.compat import rest as _home

    sys.modules[__name__] = _home
