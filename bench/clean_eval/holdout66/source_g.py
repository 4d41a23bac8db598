"""holdout66, part G: more pages on the same trades (dance, chess, ice, rinks, flowers, bands). Invented text."""

CASES = [
    dict(
        slug="forum-qiyou-endgame-club-oneline",
        site="棋友之家 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qiyouzhijia.net/viewthread.php?tid=12077",
        title="关于举办珂湖县第五届象棋残局擂台赛的通知",
        record_title="关于举办珂湖县第五届象棋残局擂台赛的通知 - 赛事公告 - 棋友之家",
        date="2024-05-06",
        notes="forum post whose body came out on one line; document date",
        page="""
!m 棋友之家 » 赛事公告
!m 作者：珂湖棋协　发表时间：2024-5-7 9:12　浏览 702
{T}
{BODY}
!l [回复] [引用] [举报]
!l 推荐主题：百局残局精解下载
!m 棋友之家 版权所有 2008-2024
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各乡镇棋友：
县象棋协会定于5月25日在县老年活动中心举办第五届象棋残局擂台赛，擂主由上届冠军担任，挑战者现场抽取残局应战。
报名截止时间为5月20日，报名电话：0872-6230158（协会秘书处）。
珂湖县象棋协会
2024年5月6日
""",
    ),
    dict(
        slug="blog-huayu-florist-diary-html",
        site="花语小记 (invented blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://huayuxiaoji.example.blog/post/2025-02-15",
        title="情人节前夜的花店",
        record_title="情人节前夜的花店 - 花语小记",
        date="2025-02-15",
        notes="blog with archive; post date in bracketed meta; share/打印 inside body sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>情人节前夜的花店 - 花语小记</title></head><body>
<div class="blog-title">⟦m 花语小记⟧</div><div class="blog-sub">⟦m 开花店的第七年⟧</div>
<div class="post"><h2>{T}</h2>
<div class="time">⟦m 【2025-02-15 01:20】⟧</div>
{BODY}
<div class="post-foot">⟦l 阅读(341) | 评论(12) | 分类：店里的事⟧</div></div>
<div class="side">⟦l 归档⟧ ⟦l 2025年2月⟧ ⟦l 2025年1月⟧ ⟦l 友情链接：冰刃手记⟧</div>
</body></html>
""",
        body="""
情人节前夜，店里忙到凌晨一点。两百束玫瑰，一束一束地包，手指被刺扎了好几次。
有个高中生攥着零钱来买一支玫瑰，说要送给妈妈。我多送了他一支满天星。
最后一位客人让我把贺卡打印出来夹在花里，卡片上只有一句话：谢谢你这些年。
关灯的时候，我想，这大概就是开花店的意义。
""",
    ),
    dict(
        slug="print-shengyuan-dance-team-registration-html",
        site="笙原县文化馆 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.sywhg.cn/print/2025/0406.html",
        title="关于开展2025年度广场舞队伍登记备案的通知",
        record_title="打印 - 关于开展2025年度广场舞队伍登记备案的通知",
        date="2025-04-06",
        notes="print view with page markers as HTML paragraphs; form with blanks kept",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 关于开展2025年度广场舞队伍登记备案的通知</title></head><body>
<div class="noprint">⟦a 〖打印〗〖返回〗⟧</div>
<div class="org">⟦m 笙原县文化馆⟧</div>
<h2>{T}</h2>
{BODY}
<div>⟦m 打印日期：2025年4月9日⟧</div>
</body></html>
""",
        pages=dict(fmt="⸨{n}⸩", every=140, start=2),
        body="""
各乡镇综合文化站、各社区：
为加强群众文化活动管理，县文化馆决定开展2025年度广场舞队伍登记备案工作。各队伍请于4月30日前到所在乡镇文化站或社区填报登记表，登记内容包括队伍名称、队长姓名、联系方式、队员人数、固定活动地点和活动时段。
已登记的队伍可优先参加县级展演和骨干培训。
登记表样式：队伍名称：________　队长：________　电话：________
笙原县文化馆
2025年4月6日
""",
    ),
    dict(
        slug="mail-fw-rink-insurance-request",
        site="邮件转发 (invented mailbox)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:archive/2025-01-09/fw-7710",
        title="关于商洽滑冰场公众责任保险续保事宜的函",
        record_title="Fw: 关于商洽滑冰场公众责任保险续保事宜的函.docx",
        date="2025-01-08",
        date_also=["2025-01-09"],
        notes="forwarded mail with a .docx subject; document's own 联系人 kept beside the mail signature",
        page="""
!m 发件人：冰轮体育 综合部 <zhb@binglun.example.cn>
!m 日期：2025年1月9日 10:21
!m 收件人：安泰保险琛州支公司
!m 主题：Fw: 关于商洽滑冰场公众责任保险续保事宜的函.docx
!m 附件：续保函.docx（1个）
{BODY}
!m --
!m 综合部　分机 6021
!d 发自移动邮箱
""",
        body="""
安泰保险琛州支公司：
我公司所属滑冰场公众责任保险将于2025年1月31日到期。经研究，拟继续在贵公司续保，并将每次事故赔偿限额由50万元提高至80万元。
请贵公司于1月20日前提供续保方案和报价。
联系人：葛丽　电话：0735-2296021
琛州冰轮体育运营有限公司
2025年1月8日
""",
    ),
    dict(
        slug="qa-huida-ice-sculpture-tools",
        site="会答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.huida.example.com/question/8827104/answer/991",
        title="想学冰雕，需要准备哪些工具？",
        record_title="想学冰雕，需要准备哪些工具？ - 会答",
        date=None,
        notes="Q&A answer; numbered list; vote bar glued to last line; relative time",
        page="""
!m 会答 · 发现更大的世界
{T}
!m 关注问题　写回答　邀请回答
!m 冰城手艺人　冰雕师，从业十二年
!m 编辑于 4天前
{BODY}
!l 收起　|　23 条评论　|　喜欢　|　收藏
!l 更多回答
""",
        body="""
入门不用一次买齐，先准备这几样：
1.冰凿一套，平口、圆口各两把，这是最常用的。
2.手锯一把，用来开大料。
3.防滑鞋和防寒手套，冰面作业安全第一。
等熟练了再考虑电锯和打磨机。⟦l 赞同 186⟧
""",
    ),
    dict(
        slug="gov-jiatian-flower-market-relocation",
        site="珈田县人民政府网 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.jiatian.gov.cn/zwgk/tzgg/202503/t20250318_66120.html",
        title="关于城区花鸟市场搬迁的通告",
        record_title="关于城区花鸟市场搬迁的通告_珈田县人民政府网",
        date="2025-03-17",
        date_also=["2025-03-18"],
        notes="text portal page; document number neutral; meta table as lines; 12345 beside document's own phone",
        page="""
!m 珈田县人民政府网
!m 首页 > 政务公开 > 通知公告
!m 索引号：JT-2025-00302　发布机构：县商务局　发布日期：2025-03-18
{T}
珈商通〔2025〕3号
!a 【字体：大 中 小】【打印】
{BODY}
!m 政务服务便民热线：12345
!l 相关链接：县农贸市场提升改造三年行动
""",
        body="""
为改善城区交通和消防安全状况，经县人民政府研究决定，城区东门花鸟市场整体搬迁至城南商贸物流园。现将有关事项通告如下：
一、原市场于2025年4月30日停止营业，新市场于5月1日开业。
二、原市场商户可优先在新市场选择摊位，前六个月免收摊位费。
三、搬迁咨询电话：0879-6125530（县商务局市场股）。
珈田县商务局
2025年3月17日
""",
    ),
]
