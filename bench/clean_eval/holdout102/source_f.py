"""holdout102, part F: weighbridges (verification, an exam) and hornet nests (a removal
post). Invented text."""

CASES = [
    dict(
        slug="exam-quzhou-metrology-verifier-exam",
        site="渠州市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.qzrsks.example.gov.cn/zyzg/2025/0905/6610.html",
        title="关于2025年度注册计量师（二级）职业资格考试考务工作的通知",
        record_title="【考务通知】关于2025年度注册计量师（二级）职业资格考试考务工作的通知_渠州市人事考试网",
        date="2025-09-05",
        notes="personnel-exam site: 准考证 print entry as chrome, the document's own 考务咨询电话 beside the site's technical line; an exam timetable one row a paragraph; a sentence telling candidates to 下载打印 the 准考证 kept",
        page="""
!m 渠州市人事考试网
!a 网上报名 | 准考证打印 | 成绩查询 | 证书领取
!m 您的位置：首页 > 职业资格 > 考务通知
!t 【考务通知】关于2025年度注册计量师（二级）职业资格考试考务工作的通知
!m 来源：市人事考试院　发布时间：2025-09-05　阅读：4125
{BODY}
!m 报名系统技术支持：0570-3061188（工作日）
!l 上一篇：2025年度二级建造师考试合格人员名单公示
!d 渠州市人事考试院 主办　未经授权禁止复制
""",
        body="""
各有关单位、各位考生：
2025年度注册计量师（二级）职业资格考试将于10月25日至26日举行，现将考务工作有关事项通知如下。
一、考试时间
日期　时间　科目
10月25日　9:00—11:30　计量法律法规及综合知识
10月26日　9:00—11:30　计量专业实务与案例分析
二、考生须于10月20日至24日登录本网站下载打印准考证，凭准考证和有效身份证件参加考试。
三、考试涉及地磅、衡器检定的实务题较多，考生可参考《衡器检定规程》复习。
考务咨询电话：0570-3065417
渠州市人事考试院
2025年9月5日
""",
    ),
    dict(
        slug="docshare-weighbridge-management-rules-html",
        site="百享文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="regulation",
        form="html",
        source="https://www.baixiangdoc.example.com/doc/3317705.html",
        title="果品收购站地磅计量管理制度",
        record_title="果品收购站地磅计量管理制度.docx",
        date=None,
        notes="document-sharing reader: file-name title, uploader and page count, a 'full text requires points' prompt between articles, an upload notice; articles speak of 打印 (kept); no date",
        page="""
<html><head><meta charset="utf-8"><title>果品收购站地磅计量管理制度.docx - 百享文档</title></head><body>
<div class="hd">⟦m 百享文档⟧ ⟦a 上传文档⟧ ⟦a 登录⟧</div>
<div class="docinfo">⟦m 果品收购站地磅计量管理制度.docx　3页　上传者：果乡人⟧</div>
<h1>{T}</h1>
<div class="reader">
{BODY}
</div>
<div class="dl">⟦a 下载此文档（6积分）⟧ ⟦a 加入收藏⟧</div>
<div class="ft">⟦d 本文档由网友上传，百享文档仅提供存储，如有侵权请联系下架⟧</div>
</body></html>
""",
        body="""
第一条　为保证果品收购计量准确，维护果农和收购站双方合法权益，制定本制度。
第二条　地磅须经市场监管部门检定合格后方可使用，检定合格证书张贴在过磅房显著位置。
⟦a 剩余2页，下载后可阅读全文⟧
第三条　过磅员每日开磅前须校零，并用标准砝码抽检，发现误差超出允许范围的，立即停止使用并报告站长。
第四条　每车过磅后，由系统自动打印过磅单一式两联，一联交果农，一联留存备查。
第五条　严禁在地磅上加装遥控器等作弊装置，违者移交市场监管部门处理。
""",
    ),
    dict(
        slug="forum-hornet-nest-removal-discuz-html",
        site="山里人家论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="http://bbs.shanlirenjia.example.net/thread-55012-1-1.html",
        title="屋檐下的马蜂窝，消防队员二十分钟搞定",
        record_title="[经验分享] 屋檐下的马蜂窝，消防队员二十分钟搞定（多图） - 农家生活 - 山里人家论坛",
        date="2025-08-30",
        notes="Discuz-like post with jammer fonts; 发表于 is the page date; a board rule notice, replies and a login prompt; the poster's own safety advice list kept",
        page="""
<html><head><meta charset="gbk"><title>[经验分享] 屋檐下的马蜂窝，消防队员二十分钟搞定（多图） - 农家生活 - 山里人家论坛</title></head><body>
<div id="hd">⟦m 山里人家论坛⟧ ⟦a 收藏本版⟧ ⟦a 订阅⟧</div>
<div id="pt">⟦m 山里人家论坛 › 农家生活 › 正文⟧</div>
<div class="notice">⟦d 版规：请勿发布广告，违者封号⟧</div>
<table><tr><td class="pls">⟦m 后山种茶的⟧</td><td class="plc">
<h1>{T}</h1><div class="authi">⟦m 发表于 2025-8-30 20:17 | 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div></td></tr></table>
<div class="r">⟦l 2# 竹林深处：我家后院也有一个，明天打119问问⟧</div>
<div class="r">⟦l 3# 老蜂农：千万别自己用火烧，太危险⟧</div>
<div class="f">⟦a 登录 | 注册 后可回复⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
前几天发现老屋屋檐下有个篮球大的马蜂窝，家里老人孩子进出很危险，就打了119。
二十分钟后镇上消防站的两名队员就到了，穿着厚厚的防蜂服，先用喷雾把蜂群压住，再用网兜把整个蜂窝套下来装进密封袋。
队员提醒了几点：
1. 发现蜂窝不要自己捅、不要用火烧，容易引发火灾或被蜂群攻击。
2. 被蜇后要远离蜂群，用肥皂水冲洗，出现头晕、呼吸困难要马上就医。
3. 蜂窝多在夏秋季节出现，平时注意检查屋檐、树枝和柴堆。
""",
    ),
]
