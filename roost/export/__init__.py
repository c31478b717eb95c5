"""Bridges to the rest of the ecosystem: Hugging Face folders (export and import), GGUF files, lm-eval.

    hf      roost checkpoint <-> Hugging Face Llama / Qwen3 folder (config.json, model.safetensors, tokenizer)
    gguf    roost checkpoint -> one GGUF file for llama.cpp and Ollama (f32, f16, q8_0), tokenizer embedded
    lmeval  a roost model as an lm-eval `LM`, and `run_tasks` to score it on harness tasks
"""
