"""holdout56, part B: 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区, 个人文集. Invented text."""

CASES = [
    dict(
        slug="wechat-guanniao-html-section",
        site="观鸟圈 mirror (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://wxread.zhuanzai.top/s/Gq81bX0pLm",
        title="文明观鸟倡议书",
        record_title="文明观鸟倡议书｜鹭洲观鸟会",
        date="2025-03-22",
        notes="WeChat-style sections; sentence about 扫码/关注 kept; account date is the date",
        p_html="<section><span>{}</span></section>",
        page="""
<html><head><meta charset="utf-8"><title>文明观鸟倡议书｜鹭洲观鸟会</title><script>var msg_link="";</script></head><body>
<div class="rich_media">
<h1>{T}</h1>
<div class="meta">⟦m 鹭洲观鸟会　2025年3月22日 07:30　江西⟧</div>
<div class="tip">⟦a 点击上方蓝字，关注我们不迷路⟧</div>
{BODY}
<div>⟦l 往期回顾：春季鸻鹬迁徙观察手记⟧</div>
<div>⟦a 喜欢就点个“在看”吧⟧</div>
<div>⟦m 阅读 2608　赞 91⟧</div>
<div>⟦d 本页面为公众号文章镜像，版权归原作者所有⟧</div>
</div></body></html>
""",
        body="""
各位鸟友：
春季是候鸟北迁的高峰期，也是鸟类繁殖的关键期。为了让观鸟活动更文明，我们倡议：
一、保持距离，不惊扰、不投喂、不引诱鸟类。
二、拍摄时不使用闪光灯，不破坏巢区植被。
⟦a 长按识别二维码，加入观鸟群⟧
三、发现伤病鸟类，请扫码关注“鹭洲野保”服务号上报位置，或拨打0793-2116620。
让我们做大自然的安静访客。
鹭洲观鸟会
2025年3月22日
""",
    ),
    dict(
        slug="wechat-taoci-text-kiln",
        site="窑火 mirror (invented)",
        style="公众号镜像",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://weixin.caijiwang.net/article/2025/0108/kiln-8810.html",
        title="龙窑陶瓷厂2024年安全生产工作总结",
        record_title=None,
        date="2025-01-08",
        notes="title missing; repeated twice on the page, glued to first line once; account line date",
        page="""
!m 原创　窑火陶艺　窑火陶艺 2025-01-08 17:46
{T}
!a 点击“窑火陶艺”，关注并星标
{T}{BODY}
!a 分享　收藏　在看　点赞
!l 推荐阅读：柴烧与气烧有何不同？
!d 转载自公众号“窑火陶艺”，如有侵权请联系删除
""",
        body="""
2024年，我厂坚持安全第一，全年未发生安全生产事故。
一是落实窑炉安全管理。每次烧窑前检查窑体、烟道，专人值守全程。
二是强化粉尘防治。原料车间新装布袋除尘器两台，工人每年体检一次。
三是开展应急演练。组织消防演练4次，全员会用灭火器。
2025年，我们将继续抓好窑炉改造和安全培训。
""",
    ),
    dict(
        slug="docshare-haiyou-plan-html-reader",
        site="共享资料汇 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.gongxiangzlh.com/doc/6612093.html",
        title="茶油村油茶低产林改造实施方案",
        record_title="茶油村油茶低产林改造实施方案.wps",
        date="2025-02-28",
        notes="file-name title; table kept; upload notice; date under signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>茶油村油茶低产林改造实施方案.wps-共享资料汇</title>
<script src="/static/viewer.js"></script></head><body>
<div class="head">⟦m 共享资料汇 · 资料共享，知识共赢⟧ <span>⟦a 登录 | 注册⟧</span></div>
<div class="crumb">⟦m 资料首页 › 农林牧渔 › 林业⟧</div>
<h1>{T}</h1>
<div class="dinfo">⟦m 格式：wps　页数：3　下载积分：5⟧</div>
<div class="doc">
{BODY}
</div>
<div class="dl">⟦a 下载此文档（5积分）⟧ ⟦a 收藏到我的资料夹⟧</div>
<div class="notice">⟦d 资料来自网友分享，仅用于学习参考，严禁商用⟧</div>
<div class="side"><p>⟦l 相关资料：油茶丰产栽培技术要点⟧</p><p>⟦l 相关资料：林下经济发展规划⟧</p></div>
<div class="foot">⟦m 共享资料汇 版权所有 赣ICP备22003017号⟧</div>
</body></html>
""",
        body="""
为提高油茶林产量，增加村集体和农户收入，结合本村实际，制定本方案。
一、改造规模。今年改造低产油茶林600亩，分两批实施。
二、改造安排
批次　面积（亩）　完成时间
第一批　350　2025年4月
第二批　250　2025年11月
三、技术措施。采取截干更新、补植良种、测土施肥等办法。
四、资金来源。争取省级林业补助，不足部分由村集体自筹。
茶油村村民委员会
2025年2月28日
""",
    ),
    dict(
        slug="docshare-mashu-notice-text-markers",
        site="乐享文档 (invented)",
        style="文档分享",
        genre="通知",
        kind="notice",
        form="text",
        source="https://lexiangdoc.com/share/d/771023.html",
        title="关于举办青少年马术体验营的通知",
        record_title="【活动通知】关于举办青少年马术体验营的通知（可编辑）",
        date="2025-06-05",
        notes="decorated title; page markers ⌈n⌉ on own lines; contact line kept next to site QQ",
        page="""
!m 乐享文档 lexiangdoc.com
!t 【活动通知】关于举办青少年马术体验营的通知（可编辑）
!m 分享者：草原小马　上传：2025-06-11　下载：97次
!a 本文档可在线编辑，免费导出PDF
{BODY}
!w 文档问题咨询客服QQ：2860071355
!d 平台仅提供存储空间，文档版权归上传者所有
""",
        pages=dict(fmt="⌈{n}⌉", every=110, start=2, glue=False),
        body="""
各会员单位、各位家长：
为丰富青少年暑期生活，马岭马术俱乐部定于7月举办青少年马术体验营，现将有关事项通知如下。
一、营期安排。第一期7月6日至10日，第二期7月20日至24日，每期限30人。
二、报名对象。8至15周岁、身体健康的青少年。
三、注意事项。学员须穿长裤和高帮鞋，头盔和护具由俱乐部统一提供。
报名联系人：白骏，电话：13907712266
马岭马术俱乐部
2025年6月5日
""",
    ),
    dict(
        slug="edu-yanxi-notice-html-portal",
        site="砚溪县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.yanxi.gov.cn/tzgg/2025/0903/1291.html",
        title="关于开展书法进课堂活动的通知",
        record_title="关于开展书法进课堂活动的通知-砚溪县教育局",
        date="2025-09-03",
        notes="education portal; 文号 neutral; sentence about 下载/打印 kept; 抄送 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展书法进课堂活动的通知-砚溪县教育局</title>
<script>var siteId=12;</script></head><body>
<div class="top">⟦m 砚溪教育网 · 砚溪县教育局主办⟧ ⟦a 设为首页 加入收藏⟧</div>
<ul class="menu"><li>⟦l 教育要闻⟧</li><li>⟦l 通知公告⟧</li><li>⟦l 招生考试⟧</li><li>⟦l 教师发展⟧</li></ul>
<div class="loc">⟦m 所在位置：首页 ＞＞ 通知公告⟧</div>
<h3>{T}</h3>
<div class="info">⟦m 发布人：办公室　点击数：677　更新时间：2025-09-04⟧</div>
<p>砚教发〔2025〕19号</p>
{BODY}
<div class="ops">⟦a [ 打印本文 ] [ 返回顶部 ]⟧</div>
<div class="footer">⟦m 地址：砚溪县文昌路12号　邮编：516400⟧<br>⟦m 技术支持：砚溪县电教站⟧</div>
</body></html>
""",
        body="""
各中小学：
为传承中华优秀传统文化，县教育局决定在全县中小学开展书法进课堂活动。
一、三至六年级每周安排一节书法课，使用统一教材。
二、各校要配备书法专用教室，用好本地砚台等乡土资源。
三、教学课件可从县教育资源平台下载，学生练习纸可自行打印。
四、12月举办全县学生书法作品展，每校选送作品不少于10件。
抄送：县文化和旅游局，县书法家协会。
砚溪县教育局
2025年9月3日
""",
    ),
    dict(
        slug="edu-huaxiao-text-school-minutes",
        site="风铃小学 (invented)",
        style="教育门户",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.fenglingxx.edu.cn/xwdt/2025/0415/388.html",
        title="风铃小学风筝社团筹备会议纪要",
        record_title="风铃小学风筝社团筹备会议纪要_风铃小学",
        date="2025-04-15",
        notes="minutes' 时间/地点/主持 lines kept; vote count; no signature date, meeting date in body",
        page="""
!m 风铃小学校园网
!m 学校首页 - 德育天地 - 社团活动
{T}
!m 作者：政教处　来源：本站原创　点击：146　日期：2025-04-15
{BODY}
!a 【字号：大 中 小】【打印】【关闭】
!l 相关文章：春季研学活动安全预案
!m 风铃小学 版权所有 技术维护：信息中心
""",
        indent="\u3000\u3000",
        body="""
时间：2025年4月15日下午3:30
地点：学校二楼会议室
主持：副校长 甘鸢
参加：政教处、美术组教师及各班班主任
记录：陈纸鸢
一、会议讨论了风筝社团章程，表决通过（同意14票，反对0票）。
二、社团每周四下午活动，由美术组负责指导。
⟦l 阅读更多校园新闻请点击这里⟧
三、5月举办校园风筝节，各班至少放飞一只自制风筝。
""",
    ),
    dict(
        slug="oa-yanchang-minutes-html-flow",
        site="海晶盐业内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.haijingyan.local/doc/view?id=20251107",
        title="关于秋季晒盐生产调度会的纪要",
        record_title="内网资讯-关于秋季晒盐生产调度会的纪要",
        date="2025-09-18",
        notes="OA document view with 流转记录 and read counts; minutes lines kept",
        page="""
<html><head><meta charset="utf-8"><title>内网资讯-关于秋季晒盐生产调度会的纪要</title><script src="/oa/js/main.js"></script></head><body>
<div class="oa-top">⟦m 海晶盐业协同办公平台⟧ ⟦m 当前用户：王卤　部门：生产部⟧</div>
<div class="oa-tabs">⟦l 待办(3) 已办 公文 通讯录⟧</div>
<h2>{T}</h2>
<div class="docinfo">⟦m 拟稿：生产部　签发：岳晒　阅读次数：58⟧</div>
{BODY}
<div class="flow"><h4>⟦m 流转记录⟧</h4><p>⟦m 2025-09-18 16:02 生产部 起草⟧</p><p>⟦m 2025-09-19 09:10 总经理 已阅⟧</p></div>
<div class="btns">⟦a 转发　归档　导出PDF⟧</div>
<div class="foot">⟦d 内部资料，严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年9月18日上午9时
地点：盐场调度室
主持：副总经理 岳晒
出席：生产部、设备部、各工区负责人
一、秋季晴好天气较多，各工区要抢晒抢收，力争10月底前完成原盐产量4.5万吨。
二、设备部要在9月底前完成三号扬水站检修。
三、各工区落实台风天气苫盖措施，值班电话保持畅通。
""",
    ),
    dict(
        slug="oa-zhongbiao-text-clock-factory",
        site="时准钟表厂OA (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://10.12.0.8/oa/notice/3317",
        title="关于开展车间5S整顿的通知",
        date="2025-05-12",
        notes="decimal headings kept; OA chrome; date under signature",
        page="""
!m 时准钟表厂 办公自动化系统
!m 公告栏 ＞ 厂务通知
{T}
!m 发布部门：综合办　浏览：213人次　附件：无
{BODY}
!a 【已阅签收】【打印预览】
!d 本信息仅限厂内员工查阅
""",
        body="""
各车间、各部门：
为改善现场环境，提高装配质量，厂部决定开展车间5S整顿。
1.1 整理：5月20日前清理车间闲置物料。
1.2 整顿：工具定点定位，标识清楚。
1.3 清扫：每日下班前清扫工位十分钟。
2.1 检查：综合办每周抽查一次，结果在厂务公开栏公布。
综合办公室
2025年5月12日
""",
    ),
    dict(
        slug="qa-yangfeng-html-answer",
        site="问蜂网 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.wenfeng.cc/q/581120.html",
        title="合作社给蜂农的收购承诺函怎么写？",
        record_title="合作社给蜂农的收购承诺函怎么写？ - 问蜂网",
        date="2025-08-04",
        notes="Q&A; template placeholders kept; answer date is the page's date",
        page="""
<html><head><meta charset="utf-8"><title>合作社给蜂农的收购承诺函怎么写？ - 问蜂网</title><script>var uid=0;</script></head><body>
<div class="hd">⟦m 问蜂网 — 养蜂问题有人答⟧ ⟦a 提问 登录⟧</div>
<h1>{T}</h1>
<div class="q">⟦m 提问者：小蜂农　3个回答　浏览 906⟧</div>
<div class="ans"><div class="who">⟦m 最佳回答　甜园子合作社 老唐　回答于 2025-08-04⟧</div>
{BODY}
</div>
<div class="vote">⟦l 有用(45)　没用(2)　评论(3)⟧</div>
<div class="rel">⟦l 相关问题：蜂蜜收购合同范本哪里有？⟧</div>
<footer>⟦d 回答仅代表网友观点，请谨慎参考⟧ ⟦m 问蜂网 © 2025⟧</footer>
</body></html>
""",
        body="""
给你一个我们合作社用过的样子，改改就能用：
收购承诺函
××村蜂农：
本合作社承诺以不低于每斤××元的保底价收购你户今年生产的合格蜂蜜，收购量不少于××斤。
联系人：×××，电话：××××××××
××养蜂专业合作社
××××年××月××日
""",
    ),
    dict(
        slug="qa-xiangu-text-answer",
        site="乡知问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://xiangzhi.qa/question/22318",
        title="香菇菌棒出现绿霉怎么处理？",
        record_title=None,
        date=None,
        notes="question as title; relative time 3天前 is no date",
        page="""
!m 乡知问答 · 三农问题一站解决
{T}
!m 种菇人阿福 提问于 3天前
!m 已有 4 人回答
!m 农技员小叶 · 菇源县农技站 · 2天前
{BODY}
!l 赞同 27　反对　分享　收藏
!l 其他回答（3）
!a 下载乡知APP，专家一对一解答
""",
        body="""
绿霉是香菇菌棒常见的杂菌，处理要快。
1.发现后立即把污染菌棒移出菇棚，单独堆放。
2.轻度污染的，可用石灰水涂抹污染部位。
3.严重污染的菌棒要深埋或烧掉，不能留在棚里。
4.平时要控制棚内温度不超过28度，注意通风。
""",
    ),
    dict(
        slug="anthology-diaoshi-html-chapter",
        site="石语文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://wenji.shiyu.name/vol2/43.html",
        title="在石雕艺术馆开馆仪式上的致辞",
        record_title="《石语文集》卷二·第43篇｜在石雕艺术馆开馆仪式上的致辞",
        date="2024-10-01",
        notes="collection chapter nav; date under title; speaker line neutral",
        page="""
<html><head><meta charset="utf-8"><title>《石语文集》卷二·第43篇｜在石雕艺术馆开馆仪式上的致辞</title></head><body>
<div class="bk">⟦m 《石语文集》 · 卷二 讲稿⟧</div>
<div class="chap">⟦l 目录 | 上一篇 | 下一篇⟧</div>
<h2>{T}</h2>
<p class="sub">（2024年10月1日）</p>
<p class="sub">惠石县石雕艺术馆馆长　卓凿</p>
{BODY}
<div class="chap">⟦l ← 第42篇 石匠村记⟧　⟦l 第44篇 刻刀与时间 →⟧</div>
<div class="ft">⟦d 文集由作者家属整理，未经许可请勿转载⟧<br>⟦m 本页字数：约400字⟧</div>
</body></html>
""",
        body="""
各位来宾、各位朋友：
今天，惠石县石雕艺术馆正式开馆了。
这里陈列着三代石匠的作品，最早的一件石狮子已有一百二十年。
我们希望这个馆成为石雕人的娘家，也成为孩子们认识家乡手艺的课堂。
感谢各位的支持，欢迎大家常来看看！
""",
    ),
    dict(
        slug="anthology-youdi-text-postman",
        site="绿衣集 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://www.lvyiji.org/essays/post-37.html",
        title="当了三十年乡邮员的体会",
        record_title="当了三十年乡邮员的体会.txt",
        title_in="file-name",
        date="2023-11-20",
        notes="file-name title (.txt); oneline body; date under signature",
        page="""
!m 绿衣集 · 一位乡邮员的文字
!m 文集 / 第三辑 / 第37篇
当了三十年乡邮员的体会.txt
{BODY}
!l 上一篇：雪夜送信　下一篇：我的自行车
!d 本文集文字版权属作者本人
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
一九九三年我进了桑浦邮电所，一干就是三十年。
这三十年，最大的体会是“慢不得”：一封录取通知书晚到一天，一个孩子就可能误了报到。
第二个体会是“熟”：哪家老人腿脚不便，哪家孩子在外打工，心里都得有本账。
现在快递进了村，我也要退休了，但这份心要传下去。
段邮生
2023年11月20日
""",
    ),
]
