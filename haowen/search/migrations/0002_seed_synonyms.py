"""Seed the synonym map with the field's everyday forms (issue 15 §3).

Each entry is a form writers type and the forms the library's titles use for the same
document: the genre words of the taxonomy (讲话稿/讲话/发言, 主持词, 致辞 …) and the usual
names of the same report or summary. Staff edit them in the admin afterwards; an entry
staff changed or deleted is not touched again (this runs once).
"""

from django.db import migrations

SEED = {
    # 讲话类
    "发言稿": "讲话稿 讲话 发言",
    "讲稿": "讲话稿 讲话",
    "发言材料": "发言 讲话",
    "串词": "主持词",
    "串场词": "主持词",
    "主持稿": "主持词",
    "主持辞": "主持词",
    "开场白": "主持词 致辞",
    "欢迎辞": "欢迎词 致辞",
    "欢迎词": "欢迎辞 致辞",
    "贺词": "致辞 贺信",
    "祝酒词": "致辞",
    "致词": "致辞",
    "表态发言": "表态讲话",
    "党课讲稿": "党课",
    "演讲词": "演讲稿 演讲",
    # 报告类
    "述责述廉": "述职述廉",
    "述职述廉": "述责述廉",
    "述廉报告": "述职述廉报告 述责述廉",
    "汇报材料": "工作汇报 汇报",
    "工作汇报": "汇报材料",
    "调查报告": "调研报告",
    "自查自纠报告": "自查报告",
    "整改情况报告": "整改报告 整改落实情况",
    # 总结计划
    "年度小结": "年度工作总结 年终总结",
    "年终小结": "年终总结 年度工作总结",
    "年终总结": "年度工作总结",
    "半年小结": "半年工作总结 上半年工作总结",
    "工作小结": "工作总结",
    "心得": "心得体会",
    "学习体会": "心得体会 学习心得",
    "工作打算": "工作计划 工作思路",
    # 方案预案
    "活动策划": "活动方案",
    "应急方案": "应急预案",
}


def seed(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for term, forms in SEED.items():
        Synonym.objects.get_or_create(term=term, defaults={"forms": forms, "enabled": True})


def unseed(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for term, forms in SEED.items():
        Synonym.objects.filter(term=term, forms=forms).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0001_synonyms")]
    operations = [migrations.RunPython(seed, unseed)]
