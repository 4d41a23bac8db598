"""holdout74, part A: ultimate-frisbee (飞盘) clubs, venues and school classes. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-bimo-frisbee-league-opening-speech",
        site="笔墨范文库 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bimofanwen.net/zhici/tiyu/2024/0520/31877.html",
        title="在砚川县首届飞盘联赛开幕式上的致辞",
        record_title="在砚川县首届飞盘联赛开幕式上的致辞（精选3篇）",
        date="2024-05-18",
        notes="decorated record title; speaker and date under the title; a writing-service prompt glued after a sentence; a member prompt between paragraphs",
        page="""
!m 笔墨范文库·写材料不再熬夜
!m 您在这里：首页 / 致辞大全 / 体育赛事致辞
!m 更新：2024-05-20　热度：1962　编辑：小墨
!t 在砚川县首届飞盘联赛开幕式上的致辞（精选3篇）
{T}
砚川县体育局局长　苏明远
（2024年5月18日）
{BODY}
!a 本篇为第1篇，开通年卡会员可一次导出全部3篇
!l 同类致辞推荐
!l · 全民健身运动会开幕式致辞（简短版）
!l · 职工趣味运动会闭幕讲话
!d 本站文章仅供写作参考，转载请保留出处，侵删。
!m 笔墨范文库 bimofanwen.net　浙ICP备19062231号
""",
        indent="\u3000\u3000",
        body="""
各位运动员、裁判员，朋友们：
在这个初夏时节，砚川县首届飞盘联赛今天在滨江体育公园开幕了。我代表县体育局，向前来参赛的二十四支队伍表示热烈欢迎！⟦w 材料代笔、润色改稿，微信搜 laomo_xiezuo⟧
飞盘运动讲究“飞盘精神”，场上没有裁判吹哨，靠的是队员自觉判罚、相互尊重。
⟦a 以下内容为会员专享，开通后继续阅读⟧
希望各队赛出水平、赛出友谊，也希望更多市民走出家门，加入全民健身的行列。预祝联赛圆满成功！
""",
    ),
    dict(
        slug="wenku-feiye-frisbee-club-summary-markers",
        site="飞页文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.feiye365.com/view/8c1f2a77e0.html",
        title="碚阳市飞盘运动协会2023年度工作总结",
        record_title="碚阳市飞盘运动协会2023年度工作总结.docx",
        date="2024-01-12",
        notes="file-name record title; page markers ≪n≫ on lines of their own cutting sentences; 成文日期 at the end; preview-end prompt",
        page="""
!m 飞页文库　|　文档详情
!m 上传者：飞盘老周　　大小：26KB　　页数：3页　　上传于2024-03-02
!a ★★★★☆ 4.6分（12人评价）　下载券：2
{BODY}
!a 预览已到末页，剩余内容请下载后阅读
!a 立即下载（Word格式）
!d 本文档由用户上传，平台仅提供存储服务，如发现侵权请点击申诉。
""",
        pages=dict(fmt="≪{n}≫", every=90, start=2),
        body="""
2023年，协会在市体育总会指导下，围绕“推广普及、规范办赛、培养人才”三项任务开展工作，会员人数由年初的180人增加到年底的436人。
一、赛事活动。全年主办城市联赛两季、校园邀请赛一次，参赛队伍累计六十三支，比赛场次共二百一十场。
二、队伍建设。举办初级教练员培训班两期，五十二人取得结业证书；组建青少年梯队三个。
三、存在问题。固定训练场地仍然不足，雨季训练常被迫取消。
碚阳市飞盘运动协会
2024年1月12日
""",
    ),
    dict(
        slug="gov-panxi-frisbee-venue-notice-html",
        site="磐溪县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.panxi.example.gov.cn/zwgk/tzgg/202406/t20240611_118204.html",
        title="关于开放滨河公园飞盘运动场地的通告",
        record_title="关于开放滨河公园飞盘运动场地的通告_通知公告_磐溪县人民政府网",
        record_date="2024-06-11",
        date="2024-06-11",
        notes="modern county portal: index table, 适老化 row, font row, related list, footer; 联系人/电话 of the document kept next to the site's hotline",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开放滨河公园飞盘运动场地的通告_通知公告_磐溪县人民政府网</title>
<script src="/js/jquery.min.js"></script><script>var pageid="118204";</script></head>
<body>
<div class="topbar">⟦a 长者模式⟧ ⟦a 无障碍浏览⟧ ⟦a 简体｜繁體⟧ ⟦a 登录个人中心⟧</div>
<div class="logo">⟦m 磐溪县人民政府⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进磐溪⟧</li></ul>
<div class="loc">⟦m 当前所在：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11440523MB1C07/2024-00312⟧</td><td>⟦m 主题分类：文化、体育⟧</td></tr>
<tr><td>⟦m 发文机关：磐溪县文化广电旅游体育局⟧</td><td>⟦m 成文日期：2024-06-11⟧</td></tr></table>
<h2>{T}</h2>
<div class="fz">⟦a 【字号：大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="xg"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 磐溪县全民健身场地设施开放时间一览⟧</li><li>⟦l 县体育中心游泳馆夏季开放公告⟧</li></ul></div>
<div class="foot"><p>⟦m 主办：磐溪县人民政府办公室　承办：磐溪县政务服务数据管理局⟧</p>
<p>⟦m 政务服务热线：12345　网站标识码：4405230001⟧</p><p>⟦m 粤ICP备13067752号⟧</p></div>
</body></html>
""",
        body="""
为满足群众日益增长的健身需求，县文化广电旅游体育局在滨河公园北区建成标准飞盘运动场地一块，现就开放有关事项通告如下：
一、开放时间：每日6:00至21:00，每周一上午场地维护，暂停开放。
二、场地免费向公众开放，团体活动需提前两天登记预约。
三、场内禁止机动车驶入，禁止穿钉鞋进场。
联系人：陈晓岚　联系电话：0763-5521708
磐溪县文化广电旅游体育局
2024年6月11日
""",
    ),
    dict(
        slug="news-jihu-frisbee-campus-news-html",
        site="矶湖新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jihunews.cn/tiyu/2024-10/23/content_557013.htm",
        title="飞盘走进矶湖中小学课堂",
        record_title=None,
        date="2024-10-23",
        notes="no record title; byline with 发布时间 is the page's date; editor line glued to the last paragraph; photo caption between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>飞盘走进矶湖中小学课堂-矶湖新闻网</title></head>
<body>
<div id="hd"><span>⟦m 矶湖新闻网 — 矶湖人自己的新闻门户⟧</span> <a>⟦a 手机版⟧</a> <a>⟦a 投稿⟧</a></div>
<div id="nav">⟦m 要闻　本地　教育　体育　民生　视频⟧</div>
<div id="pos">⟦m 位置：矶湖新闻网 - 体育 - 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-10-23 09:15　来源：矶湖日报　记者 何一帆⟧</div>
<div class="share">⟦l 分享至：朋友圈 ｜ 微博 ｜ QQ空间⟧</div>
<div class="article">
{BODY}
</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 矶湖大桥今起夜间限行⟧</li><li>⟦l 秋季粮食收购价格公布⟧</li></ol></div>
<div class="footer">⟦d 本网原创稿件，未经授权不得转载。⟧<br>⟦m 新闻热线：0719-8833100⟧</div>
</body></html>
""",
        body="""
本学期开始，矶湖县14所中小学把飞盘列入体育课选修内容，每周安排一节课。
记者在县实验小学看到，孩子们分成两队在操场上传盘、跑位，笑声不断。
⟦m 图为县实验小学学生在上飞盘课（记者 何一帆 摄）⟧
县教育局体卫艺股负责人介绍，飞盘对抗强度适中，男女生可以同场，适合在校园推广。⟦m 责任编辑：吕萌⟧
""",
    ),
    dict(
        slug="forum-paodian-frisbee-team-recruit-junk",
        site="跑点运动论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.paodian.cc/thread-90417-1-1.html",
        title="青橙飞盘队2024秋季招新公告",
        record_title="[招募] 青橙飞盘队2024秋季招新公告",
        date="2024-09-02",
        date_also=["2024-09-05"],
        notes="forum floor meta; anti-scraping junk; the post time and the notice's own date differ; the team's own 联系人 kept",
        page="""
!m 跑点运动论坛 › 球类运动 › 飞盘专区
!t [招募] 青橙飞盘队2024秋季招新公告
!m 楼主：橙子队长　　发表于 2024-9-5 21:40　　只看该作者
!m 查看：2210｜回复：37
{BODY}
!l 回复 引用 举报
!a 收藏(15)　点赞(42)
!l 2#　沙地跑者　发表于 3 天前
!l 周三晚上能去试训吗？
!m 跑点运动论坛 · 技术支持 Discuz! X3.4
""",
        junk=dict(lines=1, glued=2),
        body="""
青橙飞盘队成立于2021年，现有队员四十余人，常驻砚川县滨江体育公园训练。本季招收新队员二十名。
招募对象：年满16周岁、身体健康、每周能保证参加一次训练的飞盘爱好者，零基础可报名。
训练时间：每周三19:30至21:30、周六8:00至10:00。新队员前三次训练免费。
报名方式：填写报名表后发送至队伍邮箱 qingcheng_ultimate@163.com，联系人：林橙，电话：13907261154。
青橙飞盘队
2024年9月2日
""",
    ),
    dict(
        slug="blog-panzi-frisbee-coach-notes-wrapped",
        site="盘子的训练手记 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://panzi.blog.example.net/archives/2023/11/frisbee-coaching.html",
        title="带青少年飞盘队一年的几点体会",
        record_title="带青少年飞盘队一年的几点体会 | 盘子的训练手记",
        date=None,
        notes="hard-wrapped at 62 columns; blog tags and archive; relative time and a '写于' year are no dates; decimal headings",
        page="""
!m 盘子的训练手记 —— 一个业余教练的碎碎念
!m 归档：2023年11月　　分类：执教随笔　　阅读(318)
{T}
!m 写于2023年冬，约5分钟读完
{BODY}
!l 标签：#飞盘 #青少年 #执教
!l « 前一篇：正手传盘的三个常见错误
!l 后一篇：冬训计划怎么排 »
!l 评论（6）　　最新评论：阿树 2小时前：说得太对了
!d © 盘子的训练手记 保留所有权利，转载请私信。
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
去年秋天接手县少体校的飞盘兴趣队，队员最小的十一岁，最大的十五岁。一年下来，有几点体会记在这里。
1.1 先教规则，再教技术。孩子们一开始只想扔得远，我用了整整两周讲自我裁判和身体接触规则，后来比赛里几乎没有争执。
1.2 分组要常换。固定分组容易形成小圈子，每次训练打乱重组，配合反而更快熟练。
1.3 家长是盟友。每月开一次家长开放日，让家长下场一起玩，后来不少家长主动帮忙接送。
""",
    ),
    dict(
        slug="wechat-feipanjun-frisbee-safety-initiative",
        site="飞盘君 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp.wxmirror.example.com/s/Fp7Qz2LrXkA",
        title="文明玩盘倡议书",
        record_title="文明玩盘倡议书｜飞盘君",
        date="2024-04-26",
        notes="WeChat mirror: account line with date (page's date) and 阅读原文/在看 row; a follow prompt glued before a sentence; sentences about 扫码/分享 as content kept",
        page="""
!m 飞盘君
!m 飞盘君　2024-04-26 07:58　发表于砚川
!t 文明玩盘倡议书｜飞盘君
{BODY}
!a 点击上方蓝字“飞盘君”关注我们
!l 往期推荐：｜飞盘入门十问十答｜周末约盘地图更新了
!a 阅读原文　　在看　　赞
!d 原创声明：本文由飞盘君原创，转载请后台留言。
""",
        body="""
广大飞盘爱好者：
随着飞盘运动在我县走红，公园草坪上的玩盘人越来越多，也出现了踩踏草皮、占用儿童活动区等现象。为此，我们倡议：
一、到指定场地活动，不在花坛、儿童游乐区附近投掷。
二、活动结束后带走垃圾，爱护草坪。⟦a 长按二维码，关注飞盘君，获取更多约盘信息⟧
三、请大家扫码加入“文明玩盘志愿者”群，并把这份倡议分享给身边的盘友。
砚川县飞盘爱好者联谊会
""",
    ),
    dict(
        slug="docshare-gongpan-frisbee-rules-oneline",
        site="共盘资料网 (invented)",
        style="文档分享",
        genre="规章制度",
        kind="other",
        form="text",
        source="https://www.gongpanziliao.com/doc/447120.html",
        title="社区飞盘场地使用管理规定",
        record_title="社区飞盘场地使用管理规定（可编辑）",
        date=None,
        notes="whole body on one line; rules whose articles speak of 打印/下载 as content; upload stamp is no date",
        page="""
!m 共盘资料网 - 免费分享文档资料
!t 社区飞盘场地使用管理规定（可编辑）
!m 分享者：砾城小张　上传时间：2024-07-14　浏览：503　下载：47
!a [免费下载] [加入收藏] [举报]
{BODY}
!d 资料来自网友分享，如涉及版权问题，请联系删除。
!l 相关文档：社区健身器材管理制度 ｜ 小区篮球场开放时间规定
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
第一条　为规范社区飞盘场地使用，保障居民安全，制定本规定。
第二条　居民使用场地须在物业服务中心登记，团体活动可在社区公众号下载预约表，打印填写后交物业。
第三条　场地每日22:00后停止使用，不得影响周边居民休息。
第四条　本规定由社区居委会负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="edu-jiechuan-frisbee-pe-plan-html",
        site="碣川区教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="html",
        source="http://jyj.jiechuan.example.edu.cn/tzgg/2024/0301/6623.html",
        title="碣川区中小学飞盘运动进校园实施方案",
        record_title="碣川区中小学飞盘运动进校园实施方案",
        date="2024-02-28",
        date_also=["2024-03-01"],
        notes="old gb2312 table layout: marquee, visitor counter, 【发表评论】 row; document number neutral; data table one row a paragraph; 印发 date vs posting date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>碣川区教育信息网</title></head>
<body>
<table width="960"><tr><td>⟦m 碣川区教育信息网　　主办：碣川区教育局⟧</td></tr>
<tr><td><marquee>⟦m 热烈祝贺我区三所学校获评省级体育特色学校！⟧</marquee></td></tr>
<tr><td>⟦m 首页 | 教育新闻 | 通知公告 | 招生考试 | 下载中心⟧</td></tr></table>
<table width="960"><tr><td width="200" valign="top">
<p>⟦l 最新公告⟧</p><p>⟦l ·2024年春季学期开学工作通知⟧</p><p>⟦l ·关于报送体育课程开设情况的通知⟧</p>
</td><td valign="top">
<p align="center"><b>{T}</b></p>
<p align="center">碣教体〔2024〕7号</p>
<p>⟦m 作者：体卫艺科　　发布日期：2024-3-1　　点击数：412⟧</p>
{BODY}
<p>⟦a 【发表评论】【告诉好友】【打印此文】【关闭窗口】⟧</p>
</td></tr></table>
<table width="960"><tr><td>⟦m 您是本站第 0286731 位访客⟧</td></tr><tr><td>⟦m 版权所有：碣川区教育局　技术维护：区电教馆⟧</td></tr></table>
</body></html>
""",
        body="""
为丰富学校体育课程，提高学生体质健康水平，决定在全区中小学开展飞盘运动进校园活动，方案如下。
一、实施范围。2024年春季学期首批试点学校如下：
学校　试点年级　每周课时
碣川区实验小学　四至六年级　1
碣川区第二中学　初一、初二　1
二、保障措施。区教育局统一配发训练用盘，各校安排体育教师参加区级培训。
碣川区教育局
2024年2月28日
""",
    ),
    dict(
        slug="oa-xiangyu-frisbee-teambuilding-minutes-html",
        site="翔宇物流集团 协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.xiangyu-logistics.example.com/doc/view?id=20240815033",
        title="关于举办职工飞盘团建活动的会议纪要",
        record_title=None,
        date="2024-08-15",
        notes="intranet document view: 流转记录, read count; minutes' 时间/地点/主持/参会 lines kept; no record title",
        page="""
<html><head><meta charset="utf-8"><title>协同办公平台 - 公文查看</title></head>
<body>
<div class="oa-top">⟦m 翔宇物流集团协同办公平台⟧ ⟦m 当前用户：王蕾（工会办公室）⟧ ⟦a 退出登录⟧</div>
<div class="oa-menu">⟦m 待办事项 · 已办事项 · 公文管理 · 通讯录⟧</div>
<div class="doc-head"><h3>{T}</h3><span>⟦m 文档编号：GH-2024-0815-03　密级：内部⟧</span></div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><p>⟦m 流转记录：工会办公室 王蕾 拟稿 2024-08-15 16:02 → 工会主席 刘启 审核 2024-08-16 09:30⟧</p>
<p>⟦m 阅读次数：87⟧</p></div>
<div class="oa-foot">⟦d 本系统仅限集团内部使用，严禁外传截图。⟧</div>
</body></html>
""",
        body="""
时间：2024年8月15日14:00
地点：集团总部三楼会议室
主持：工会主席　刘启
参会：各分公司工会主席、团委书记
会议研究了三季度职工团建活动安排，议定事项如下：
一、9月中旬在城东运动公园举办职工飞盘团建，每个分公司组队两支。
二、工会办公室负责购置护具和饮用水，费用从职工文体活动经费列支。
三、请各分公司于8月30日前报送参赛名单。
""",
    ),
    dict(
        slug="qa-wenpan-frisbee-injury-answer",
        site="问盘知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidao.wenpan.example.com/question/55120937.html",
        title="玩飞盘扭伤脚踝后多久可以恢复训练？",
        record_title=None,
        date=None,
        notes="Q&A: title is the question; answerer meta and vote bar; 3天前 is no date; a hospital's phone in the answer kept as content",
        page="""
!m 问盘知道 > 运动健康 > 运动损伤
{T}
!m 提问者：小盘不飞　　3天前　　悬赏10积分
!m 最佳答案　　回答者：康复师老蒋　　擅长：运动康复
{BODY}
!l 有用(128)　　没用(3)　　评论
!l 其他回答（4）
!l 查看更多“飞盘”相关问题 >
!d 回答内容仅供参考，不能代替医生面诊。
""",
        body="""
轻度扭伤一般休息一到两周，能正常快走、单脚跳不痛后，再逐步恢复跑动训练。
受伤后48小时内以冰敷为主，抬高患肢，不要热敷和按摩。
如果肿胀明显、无法负重，要尽快到医院拍片排除骨折。我所在的砚川县中医院运动医学门诊电话是0735-6612093，可以先电话预约。
""",
    ),
]
