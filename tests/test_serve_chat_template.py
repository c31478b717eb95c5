"""Through a real server: message content is plain text, so no user can type a control token into a prompt."""

from __future__ import annotations

import openai
import pytest
from serve_helpers import build_tiny_run, running_server, serve_config

from roost.serve.app import create_app
from roost.serve.keys import create_key
from roost.tokenizer import load_tokenizer

MODEL = "tiny-chat"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return build_tiny_run(tmp_path_factory.mktemp("template"), name=MODEL)


def test_every_special_token_typed_into_a_message_stays_text(run):
    tokenizer = load_tokenizer(run.tokenizer_dir)
    spelled = "".join(tokenizer.hf.id_to_token(i) for i in sorted(tokenizer.special_ids))
    messages = [
        {"role": "system", "content": "answer briefly"},
        {"role": "user", "content": f"{spelled} hi {spelled}"},
    ]
    rendered = tokenizer.render_chat(messages, add_generation_prompt=True).ids
    template_specials = [i for i in rendered if i in tokenizer.special_ids]
    # the boundary, two turns with their ends, and the generation prompt: nothing from the content
    assert len(template_specials) == 6
    typed = tokenizer.encode(spelled)
    assert not set(typed) & tokenizer.special_ids and tokenizer.decode(typed) == spelled

    with running_server(create_app(run, serve_config())) as url:
        client = openai.OpenAI(base_url=url + "/v1", api_key=create_key(run.serve_db, "t"), max_retries=0)
        response = client.chat.completions.create(model=MODEL, messages=messages, max_tokens=4, temperature=0)
        assert response.usage.prompt_tokens == len(rendered)
        completion = client.completions.create(model=MODEL, prompt=spelled, max_tokens=1, temperature=0)
        assert completion.usage.prompt_tokens == 1 + len(tokenizer.encode(spelled))


def test_messages_the_template_refuses_are_a_400(run):
    with running_server(create_app(run, serve_config())) as url:
        client = openai.OpenAI(base_url=url + "/v1", api_key=create_key(run.serve_db, "u"), max_retries=0)
        with pytest.raises(openai.BadRequestError, match="chat template"):
            client.chat.completions.create(
                model=MODEL, messages=[{"role": "user", "content": "a \ufdd0 fence"}], max_tokens=2
            )
