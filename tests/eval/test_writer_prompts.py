"""The writers' prompts render whole: each keeps its writer to its own folder and asks for the counts of the briefs."""
import re

from eval.writer_prompts import main, render


def test_each_prompt_names_its_folder_and_keeps_the_writer_out_of_the_project(tmp_path):
    prompts = render(str(tmp_path))
    assert set(prompts) == {"suicide_selfharm", "overdose_medical", "hard_negatives", "everyday"}
    for name, prompt in prompts.items():
        assert "Do NOT read anything under /work" in prompt
        assert f"Work only in {tmp_path}." in prompt
        assert f"{tmp_path}/{name}.yml" in prompt
        assert not re.search(r"\{\w+\}", prompt)  # every field filled


def test_the_counts_asked_for_add_up():
    prompts = render("/tmp/x")
    for name, total, parts in (("suicide_selfharm", 120, (65, 55)), ("overdose_medical", 120, (70, 50))):
        assert prompts[name].count(f"Task: {total} crisis messages") == 1
        assert [int(n) for n in re.findall(r"(\d+) with `kind:", prompts[name])] == list(parts)
    assert "Task: 130 hard negatives" in prompts["hard_negatives"]
    assert "Task: 110 non-crisis messages" in prompts["everyday"]
    # Only the non-crisis writers are told not to select or delete with a script (eval/briefs.md says why).
    assert [name for name, prompt in prompts.items() if "select, change or delete" in prompt] == ["hard_negatives",
                                                                                                  "everyday"]


def test_main_writes_one_file_per_writer(tmp_path):
    assert main([str(tmp_path)]) == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "prompt_everyday.txt", "prompt_hard_negatives.txt", "prompt_overdose_medical.txt", "prompt_suicide_selfharm.txt"]
