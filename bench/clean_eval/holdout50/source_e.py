"""holdout50, part E: 范文APP, 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页. Invented; see _gen.py."""
import importlib.util
from pathlib import Path

_s = importlib.util.spec_from_file_location("holdout50_gen_e", Path(__file__).with_name("_gen.py"))
G = importlib.util.module_from_spec(_s)
_s.loader.exec_module(G)

CASES = [
    G.case(49, "范文APP", "笔桐写作", "share.bitong.app", "speech", "text",
           ["!m 来自「笔桐写作」的分享", "!a 打开APP，一键套用此模板"],
           ["!a 保存到我的稿件（需会员）", "!l 同主题模板 128 篇 >", "!m 笔桐写作 · 让材料不再难写"], tmode="decorated", dmode="record"),
    G.case(50, "范文APP", "材料侠", "m.cailiaoxia.com", "report", "text",
           ["!m 材料侠 APP", "!m 3天前 · 1.4万人用过"],
           ["!a 复制到剪贴板　|　导出Word", "!w 一对一改稿服务，私信小侠"], tmode="missing", dmode="none", pages=dict(fmt="P{n}", every=110, start=2, glue=True)),
    G.case(51, "公考论坛", "桐冈公考圈", "bbs.tggkq.com", "speech", "html",
           ["!m 桐冈公考圈 › 遴选与材料写作 › 范文研习", "!m 楼主：上岸的桐子　发表于 2025-3-20 22:10", "!m 查看 2041 | 回复 37"],
           ["!a 回复可见完整批注", "!l 板凳 谢谢楼主，材料写作学到了", "!m Powered by Discuz! 桐冈公考圈"], junk=dict(lines=1, glued=1), tmode="decorated", dmode="document",
           p_html="<div class=\"t_f\">{}</div>"),
    G.case(52, "公考论坛", "湘考吧", "www.xiangkaoba.net", "letter", "text",
           ["!m 湘考吧 > 公文写作 > 函", "!m 作者：函来函去　|　12小时前"],
           ["!a 顶　踩　收藏", "!w 报班咨询请加QQ群 60217739"], junk=dict(lines=2, glued=1), tmode="decorated", dmode="document"),
    G.case(53, "百科问答", "桐百科", "baike.tongbk.com", "qa", "html",
           ["!m 桐百科 — 生活知识百科", "!m 分类：家居 › 木器保养", "!m 编辑于 2025-05-02 · 3人参与编辑"],
           ["!a 编辑词条　纠错　收藏", "!l 相关词条：生漆 熟桐油 木蜡油", "!d 百科内容仅供参考，如需专业指导请咨询相关人士"],
           byline="2025-05-02", tmode="decorated", dmode="document"),
    G.case(54, "百科问答", "墨知道", "zhidao.mozd.cn", "insight", "text",
           ["!m 墨知道 · 有问必答", "!m 网友采纳"], ["!a 为您推荐：", "!l 学书法需要准备哪些工具？"], tmode="missing", dmode="none"),
    G.case(55, "网盘分享", "云桐盘", "pan.yuntong.cn", "table", "text",
           ["!m 云桐盘 | 文件分享", "!m 分享者：抽检组小聂　有效期：永久", "!a 保存到我的网盘　下载（2.1MB）"],
           ["!a 开通超级会员，下载不限速", "!d 请勿分享违法违规内容"], tmode="file-name", dmode="document"),
    G.case(56, "网盘分享", "墨文件柜", "www.mowenjiangui.com", "notice", "html",
           ["!m 墨文件柜", "!m 文件名：苗木发放通知（终稿）", "!a 在线预览　下载　举报"],
           ["!a 扫码打开手机版", "!m 墨文件柜 · 安全存储"], tmode="file-name", dmode="record"),
    G.case(57, "搜索快照", "桐搜快照", "cache.tongsou.com", "summary", "html",
           ["!m 这是 桐搜 对 http://www.mxfyzx.cn/gzzj/1209.html 的缓存。", "!m 该快照拍摄于 2025年11月3日 06:10:22", "!a 查看当前网页　仅文字版",
            "!m 墨溪县松烟墨技艺保护中心 > 工作总结"],
           ["!m 墨溪县松烟墨技艺保护中心　地址：墨溪县文庙街3号"], tmode="missing", dmode="document"),
    G.case(58, "搜索快照", "凡搜网页快照", "kuaizhao.fansou.net", "minutes", "text",
           ["!m 凡搜快照｜原网页可能已删除或更改", "!m 您搜索的关键词：保护价 桐籽 已高亮显示"],
           ["!m 快照时间：2025-10-28"], tmode="decorated", dmode="document"),
    G.case(59, "打印页", "墨溪县人民政府（打印）", "www.moxi.gov.cn", "letter", "html",
           ["!m 墨溪县人民政府 www.moxi.gov.cn", "!a [打印] [关闭窗口]"],
           ["!m 本页地址：http://www.moxi.gov.cn/xxgk/202409/t20240919_88215.html", "!m 打印时间：2026-01-07 15:32"],
           tmode="decorated", dmode="document"),
    G.case(60, "打印页", "椿阳县教育体育局（打印预览）", "jtj.chunyang.gov.cn", "rules", "text",
           ["!m 椿阳县教育体育局 打印预览", "!a 点击打印　返回原文"],
           ["!m 打印日期：2025/12/01", "!m 第1页 共1页"], tmode="missing", dmode="none"),
]
