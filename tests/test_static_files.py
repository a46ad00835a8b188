"""Static files are served by the app itself; anything that is not a file is a 404."""

import pytest


@pytest.mark.parametrize("path", ["/static/css/", "/static/css", "/static/", "/static/js/../css/"])
def test_a_folder_or_nothing_under_static_is_not_found(client, path):
    assert client.get(path).status_code == 404


def test_a_stylesheet_is_served(client):
    response = client.get("/static/css/dossierwijs.css")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
