"""holdout268, part B: a blog, WeChat mirrors, document-sharing pages, education sites, intranets, Q&A sites.

Invented text, sites, places and people; each case written by hand. See ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-qingwayan-memoir-grandmother-incense-burner-wrapped",
        site="青瓦檐下 (invented personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://qingwayan.blog.lanxin-blog.cn/post/20240403",
        title="外婆的铜香炉",
        record_title="檐下旧物｜外婆的铜香炉 - 青瓦檐下 - 随记",
        date=None,
        notes="a blog memoir hard-wrapped at 62 columns; only a 写于 line, no date; 发表：3 天前 is no date; "
        "reading counts, category, previous/next and a comment box",
        page="""
!m 青瓦檐下
!m 檐下听雨，纸上记人
!m 首页 | 随记 | 读书 | 相册 | 关于
!t 檐下旧物｜外婆的铜香炉
!m 发表：3 天前　分类：随记　阅读(36)　评论(2)
{BODY}
!l 上一篇：老街的修伞铺　｜　下一篇：四月的槐花饭
!l 评论(2)
!l 檐角风铃：看哭了，我外婆也有一只差不多的
!l 青瓦檐下 回复：那块蓝布我一直记得
!a 写下你的评论…（需先登录青瓦檐下账号）
!m 本博客托管于蓝信博客　lanxin-blog.cn
""",
        wrap=62,
        indent="\u3000\u3000",
        body="""
外婆家堂屋的条案上，一直摆着一只巴掌大的铜香炉，三只脚，两只耳，炉身被擦得发亮。
小时候我最喜欢看外婆上香。她每逢初一、十五都要洗手，点三支香插进炉里，嘴里念叨几句，然后用一块蓝布把炉边的香灰轻轻掸掉。我问她念的是什么，她总说是请老祖宗保佑家里人平平安安。
外婆去世那年，舅舅把香炉留给了我。如今它摆在我的书架上，我不再在里面插香，只在里面放几颗外婆家院子里捡来的石子。
每次擦它的时候，我都会想起那块蓝布，想起香灰落下来时屋里安安静静的样子。
写于清明前夜
""",
    ),
    dict(
        slug="wechat-yihu-fire-pram-escalator-no-title",
        site="微刊存留馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.weikancunliu.com/a/yihuxiaofang/20240711-2.html",
        title="推婴儿车别上自动扶梯！这三点请记牢",
        record_title=None,
        date="2024-07-11",
        notes="WeChat mirror, no title in the record: the <h1>; account line is the page's date; a follow prompt glued "
        "before the first words; 原创 tag, 阅读原文/在看 rows, QR line, the mirror's archive note; 119 as content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>推婴儿车别上自动扶梯！这三点请记牢 - 鹥湖消防 - 微刊存留馆</title>
<script>var wwcd_pv = 1;</script>
</head>
<body>
<div class="wwcd-bar">⟦m 微刊存留馆 · 好文章不该只活七天⟧ <a href="/login">⟦a 登录后可订阅此号⟧</a></div>
<div id="js_content_wrap">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创⟧ ⟦m 鹥湖消防 2024-07-11 18:02 发表于秉川⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<p>⟦a 阅读原文⟧</p>
<p>⟦a 分享　收藏　点赞　在看⟧</p>
<p>⟦w 长按识别二维码，第一时间获取鹥湖消防安全提示⟧</p>
</div>
<div class="wwcd-foot">
<p>⟦d 本页为公众号文章的存档副本，版权属原公众号，如需删除请留言⟧</p>
<p>⟦l 该号更多存档：夏季电动车充电十不要 ｜ 暑期儿童防溺水提醒⟧</p>
<p>⟦m 微刊存留馆 weikancunliu.com⟧</p>
</div>
</body>
</html>
""",
        p_html='<p style="margin-bottom:12px;">{}</p>',
        body="""
⟦a 点击上方“鹥湖消防”，设为星标不迷路⟧近日，鹥湖区一家商场内，一位家长推着婴儿车乘坐自动扶梯时，车轮卡在梯级边缘，婴儿车向后倾倒，所幸后面的市民及时扶住，孩子没有受伤。
消防救援人员提醒，自动扶梯梯级窄、坡度大，婴儿车重心高，一旦前轮悬空或车轮卡住，很容易翻倒。
带婴儿车出行，请记住三点：
1.乘坐垂直电梯，不推婴儿车上自动扶梯；
2.进出电梯时先收起遮阳篷，让车轮对准轿厢门中间；
3.遇到扶梯急停，不要慌乱拉车，先护住孩子。
如果发现有人被扶梯夹住，请立即按下扶梯两端的红色急停按钮，并拨打119求助。
""",
    ),
    dict(
        slug="wechat-zhuling-museum-grain-measure-story",
        site="号文聚合 (invented WeChat mirror)",
        style="公众号镜像",
        genre="文章",
        kind="other",
        form="text",
        source="http://www.haowenjuhe.cn/mp/zhulingbwg/2024/0518/3.html",
        title="一只米斗里的乡村记忆",
        record_title="一只米斗里的乡村记忆 ‖ 铢岭县博物馆 · 号文聚合收录",
        date="2024-05-18",
        notes="WeChat mirror as text: the account line is the page's date; an 'editor's note' and a reward row between "
        "paragraphs; 阅读原文 and a like row at the bottom; the mirror's 收录 stamp is no date",
        page="""
!m 号文聚合 —— 公众号文章聚合阅读
!m 收录时间：2024-05-20 03:11
!t 一只米斗里的乡村记忆 ‖ 铢岭县博物馆
!m 铢岭县博物馆　2024年5月18日 09:00　铢岭
!a 听全文（约2分钟）
{BODY}
!a 阅读原文　·　赞 86　·　推荐给朋友
!l 往期回顾：馆藏石磨的故事 ｜ 清明节闭馆通知
!d 号文聚合只做文章索引，原文版权归公众号作者所有
""",
        gap=True,
        body="""
馆藏的这只米斗来自铢岭县鞨原乡，是1983年一位老保管员捐给博物馆的。斗身用杉木板拼成，上宽下窄，四角包着铁片，斗底烙着“公平”两个字。
⟦m 〔小编按〕文中老照片由鞨原乡文化站提供⟧
在生产队年代，这只米斗是队里分粮的“标准”。老保管员回忆，分粮时要先把斗装满，再用一根斗刮沿着斗口一刮，多出来的谷子落回箩筐，谁也不多谁也不少。
后来有了磅秤，米斗慢慢退出了仓库。老保管员捐斗时说，它量了二十多年粮，没有让一户人家吃过亏。
⟦a 喜欢这篇就赏博物馆小编一杯茶吧⟧
本周六上午，馆里将举办“老物件讲故事”分享会，欢迎大家带上家中的老物件来现场交流。
""",
    ),
    dict(
        slug="docshare-fanye-contract-template-armchair-docx",
        site="翻页文档 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.fanyedoc.com/d/2024/1105/hetong_60217.html",
        title="太师椅定制加工合同范本",
        record_title="太师椅定制加工合同范本.docx",
        date=None,
        notes="sharing page, file-name record title; contract template: 第N条, ＿＿ blanks, ×× placeholder and "
        "＿＿年＿＿月＿＿日; upload stamp and update stamp are no dates; points lock, upload notice, service WeChat",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>太师椅定制加工合同范本.docx - 翻页文档</title>
<script src="/assets/js/viewer.js"></script>
</head>
<body>
<div class="sy-top"><a href="/">⟦m 翻页文档⟧</a> ⟦m 一页一页拾起来⟧ <a href="/upload">⟦a 我也要传文档⟧</a></div>
<div class="sy-crumb">⟦m 翻页文档 / 合同协议 / 加工承揽合同⟧</div>
<div class="sy-info">
<h1>⟦t 太师椅定制加工合同范本.docx⟧</h1>
<p>⟦m 大小：24KB　页数：2　上传时间：2024-11-05　最近更新：昨天⟧</p>
<p>⟦m 评分 ★★★★☆ 4.3（27人评）⟧</p>
</div>
<div class="sy-viewer">
{BODY}
</div>
<div class="sy-lock">⟦a 下载全文需消耗翻页豆6个，当前余额0⟧ <a>⟦a 去做任务领翻页豆⟧</a></div>
<div class="sy-side">
<h4>⟦l 合同协议热门下载⟧</h4>
<p>⟦l 红木家具买卖合同（通用版）⟧</p>
<p>⟦l 实木门窗定制安装合同⟧</p>
<p>⟦w 文档有问题？找翻页客服 微信 fanye_kf2020⟧</p>
</div>
<div class="sy-foot">⟦d 翻页文档所有资料由用户上传，翻页只提供存储空间，若侵犯了您的权利请通知删除⟧<br>⟦m 翻页文档 fanyedoc.com 苏ICP备22017735号⟧</div>
</body>
</html>
""",
        body="""
太师椅定制加工合同
甲方（定作人）：＿＿＿＿＿＿　乙方（承揽人）：××家具厂
第一条　甲方委托乙方加工太师椅＿＿把，木材为＿＿＿＿，靠背雕刻纹样以双方确认的图纸为准。
第二条　每把加工费人民币＿＿＿＿元，合同签订后甲方预付百分之三十，验收合格后付清余款。
第三条　乙方应于＿＿年＿＿月＿＿日前交货，木材含水率不高于12%，榫卯结构不得使用铁钉。
第四条　交货后三十日内椅子出现开裂、榫头松动的，乙方负责免费修复。
第五条　因履行本合同发生争议，双方协商解决；协商不成的，向乙方所在地人民法院起诉。
甲方（签字）：＿＿＿＿　乙方（盖章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-yunjian-summary-cricket-cage-weaving-class",
        site="云笺文档 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.yunjiandoc.cn/p/20241203/71452.html",
        title="秫秸蝈蝈笼编织技艺传承培训班工作总结",
        record_title="秫秸蝈蝈笼编织技艺传承培训班工作总结（Word版可改字） - 云笺文档",
        date="2024-11-25",
        notes="sharing page as text; upload date is no date; 成文日期 under the signature; a points prompt glued after a "
        "sentence; upload notice and related docs",
        page="""
!m 云笺文档｜海量实用文档分享
!t 秫秸蝈蝈笼编织技艺传承培训班工作总结（Word版可改字）
!m 分享者：笺上客　　上传：2024-12-03　　浏览：412　　下载：29
!d 该文档由分享者上传，云笺文档对其原创性不作担保，仅供学习参考使用。
{BODY}
!a 下载此文档　|　加入文集　|　举报
!l 相似文档：非遗传承人带徒工作总结.docx　竹编技艺培训班开班方案.doc
!m 云笺文档 yunjiandoc.cn　客服邮箱 help@yunjiandoc.cn
""",
        indent="\u3000\u3000",
        body="""
今年9月至11月，县文化馆在韪坪镇举办秫秸蝈蝈笼编织技艺传承培训班，共招收学员32名，其中在校学生11名、返乡青年9名。现将培训情况总结如下。
一、课程安排。培训共20课时，分选料、劈篾、起底、编身、收口五个单元，由县级传承人薄庆山和两名徒弟授课。
二、培训成效。32名学员全部结业，其中21人能独立编出六角笼，5人编出了难度较大的楼阁笼。学员作品在县非遗展上展出，售出86只。⟦a （登录后免费领取配套课件PPT）⟧
三、存在不足。部分学员只学了一种笼型；秫秸原料依靠个别农户供应，数量不稳定。
下一步，我们将与韪坪镇两个村合作建立秫秸种植点，并开设进阶班。
镒阳县文化馆
2024年11月25日
""",
    ),
    dict(
        slug="edu-yiyang-notice-cricket-cage-labour-education-annex",
        site="镒阳县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.yiyang-xian.gov.cn/tzgg/202409/t20240913_5521.html",
        title="关于开展“巧手编秋虫”蝈蝈笼编织劳动教育成果展示活动的通知",
        record_title="〔教体通知〕关于开展“巧手编秋虫”蝈蝈笼编织劳动教育成果展示活动的通知｜镒阳县教育体育局",
        date="2024-09-12",
        date_also=["2024-09-13"],
        notes="education bureau: 适老/读屏 links, attachment download links beside the document's own 附件 list; the "
        "bureau's contact and mailbox beside the site's technical-support line; 请各校下载附件 as content; the site's "
        "posting date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔教体通知〕关于开展“巧手编秋虫”蝈蝈笼编织劳动教育成果展示活动的通知｜镒阳县教育体育局</title>
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="jt-top">⟦m 镒阳县教育体育局⟧ <a>⟦a 适老模式⟧</a> <a>⟦a 读屏辅助⟧</a></div>
<div class="jt-nav">⟦m 首页　机构概况　教育动态　通知公告　招生考试　办事指南⟧</div>
<div class="jt-loc">⟦m 当前栏目：首页 ＞ 通知公告⟧</div>
<div class="jt-art">
<h2>{T}</h2>
<div class="jt-meta">⟦m 发布日期：2024-09-13　来源：基础教育股　点击：907⟧</div>
{BODY}
<div class="jt-att">
<p>⟦a 本文附件（点击即可保存）：⟧</p>
<p><a href="/uploads/2024/0913/dengjibiao.xlsx">⟦a 📎 蝈蝈笼编织作品登记表.xlsx（18KB）⟧</a></p>
<p><a href="/uploads/2024/0913/pingfen.docx">⟦a 📎 作品评分标准.docx（21KB）⟧</a></p>
</div>
<div class="jt-btn">⟦a 【打印正文】【关闭窗口】⟧</div>
</div>
<div class="jt-foot">
<p>⟦m 镒阳县教育体育局 版权所有　地址：镒阳县文昌路9号⟧</p>
<p>⟦m 网站技术支持：0739-6601234（镒阳县电教站）⟧</p>
<p>⟦m 湘ICP备06011872号-3⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学校：
为深化劳动教育，传承本土非遗技艺，县教育体育局决定在全县中小学开展“巧手编秋虫——蝈蝈笼编织”劳动教育成果展示活动。现将有关事项通知如下。
一、参加对象：全县中小学三至八年级学生，每校推荐作品不超过10件。
二、作品要求：以秫秸、竹篾、芦苇等天然材料编织蝈蝈笼，不得使用塑料制品，作品须学生本人独立完成。
三、报送时间：10月18日前将作品送至县青少年活动中心，同时报送作品登记表。请各校下载附件，如实填写后加盖学校公章。
联系人：仇曼青，电话：0739-6618203，邮箱：yyjtlaojiao@163.com
附件：1.蝈蝈笼编织作品登记表
2.作品评分标准
镒阳县教育体育局
2024年9月12日
""",
    ),
    dict(
        slug="edu-xixi-school-grain-measure-maths-plan-decimal",
        site="镒阳教育网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.yyjyw.net/xxdt/xixizx/2024-03-06/1187.html",
        title="“米斗里的数学”综合实践活动方案",
        date="2024-03-05",
        date_also=["2024-03-06"],
        notes="record title as is; decimal headings 1–3.2; 成文日期 under the signature (the posting date also accepted); text-size row, counters and a "
        "school-news sidebar; a 'print this plan' link glued after a sentence",
        page="""
!m 镒阳教育网　镒阳县教育信息中心
!m 学校动态 → 鹝溪镇中心小学
{T}
!m 作者：教务处　发布：2024-03-06　阅读：318 次
!a 字体：[大] [中] [小]
{BODY}
!l 本校其他动态：鹝溪镇中心小学开展春季防溺水教育｜学校劳动教室正式启用
!d 学校动态栏目稿件由各校自行发布并负责审核
!m 镒阳教育网　技术维护：县教育信息中心　电话 0739-6605310
""",
        body="""
1 活动目标
1.1 通过观察、使用老米斗，认识斗、升等旧计量单位，了解“十升为一斗”的换算关系。
1.2 结合容积知识，估一估、量一量，培养动手操作能力。
2 活动安排
2.1 第一课时：参观学校劳动教室陈列的老米斗，请鹝溪镇退休粮站职工讲米斗的用法。
2.2 第二课时：分组用升子量大米，记录一斗米能装几升，再用电子秤称出重量。
2.3 第三课时：每组用硬纸板制作一个缩小比例的米斗模型，并计算它的容积。⟦a 〖打印本方案〗⟧
3 安全提示
3.1 老米斗边角包有铁片，搬动时须戴手套，由教师协助。
3.2 活动结束后大米统一回收，送学校食堂使用。
镒阳县鹝溪镇中心小学教务处
2024年3月5日
""",
    ),
    dict(
        slug="oa-baotu-minutes-pram-quality-meeting",
        site="宝途童车协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://oa.baotu-tongche.com/doc/view?id=2024042517",
        title="一季度婴儿推车售后质量分析会纪要",
        record_title="〔待签阅〕一季度婴儿推车售后质量分析会纪要 - 宝途童车协同办公平台",
        date="2024-04-23",
        date_also=["2024-04-25"],
        notes="OA document view: the minutes' 时间 line is the date, the OA issue date also accepted; 时间/地点/主持/"
        "参会/记录 lines; 流转记录, read count, a mark-as-read button, the IT desk's extension",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔待签阅〕一季度婴儿推车售后质量分析会纪要 - 宝途童车协同办公平台</title>
<script src="/oa/static/oa-core.js"></script>
</head>
<body>
<div class="oa-head">⟦m 宝途童车协同办公平台⟧ ⟦m 当前用户：品质部 韩笑⟧ <a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事项　我的公文　会议管理　知识库　通讯录⟧</div>
<div class="oa-doc">
<div class="oa-doc-info">⟦m 文件类型：会议纪要　印发日期：2024-04-25　密级：内部⟧</div>
<h1>{T}</h1>
{BODY}
<div class="oa-btns"><button>⟦a 设为已读⟧</button> <button>⟦a 转发同事⟧</button> <button>⟦a 另存PDF版⟧</button></div>
<div class="oa-flow">
<h4>⟦l 文件流转⟧</h4>
<p>⟦l 2024-04-25 09:12 行政部 廖思恬 拟稿⟧</p>
<p>⟦l 2024-04-25 10:40 副总经理 俞景川 签发⟧</p>
<p>⟦l 2024-04-25 11:05 分发至品质部、生产部、采购部、售后服务部⟧</p>
</div>
<div class="oa-read">⟦m 已阅 23 人　未阅 4 人⟧</div>
</div>
<div class="oa-foot">⟦m 系统问题请拨信息中心分机 8016⟧　⟦d 内部资料，严禁外传⟧</div>
</body>
</html>
""",
        body="""
时间：2024年4月23日14:30
地点：公司二楼第一会议室
主持：副总经理　俞景川
参会：品质部、生产部、采购部、售后服务部负责人
记录：廖思恬
会议通报了一季度婴儿推车售后返修情况，研究整改措施。纪要如下：
一、一季度返修婴儿推车217台，其中前轮万向轮异响占46%，折叠锁扣失灵占21%。
二、会议决定：万向轮轴承自5月1日起更换供应商，由采购部负责；折叠锁扣增加一道出厂疲劳测试，每批抽检不少于20台，由品质部负责。
三、售后服务部每月5日前汇总返修数据，报品质部分析。
""",
    ),
    dict(
        slug="intranet-sunyun-bulletin-carving-workshop-doc",
        site="榫韵红木内网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.sunyun-hongmu.com/gonggao/2024/0709-03.html",
        title="关于雕刻车间违规操作的通报",
        record_title="关于雕刻车间违规操作的通报.doc",
        date="2024-07-09",
        notes="intranet bulletin, file-name record title; numbered list; 抄送 line; 成文日期; the intranet's "
        "menu, attachment name, read count and IT desk line",
        page="""
!m 榫韵红木内网　｜　员工之家
!m 公司公告 ＞ 安全环保
!t 附件：关于雕刻车间违规操作的通报.doc（32KB）
!m 发布人：安全环保部　阅读 146 次
{T}
{BODY}
!a 在线预览　下载附件　已阅回执
!m 内网故障请拨分机 8808（信息组）
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
7月5日下午，雕刻车间员工在为一批太师椅靠背打磨时，未佩戴防尘口罩，并拆除了砂光机的防护罩，被安全员现场发现。经查，当班班长未按规定进行班前检查。
为严肃纪律，公司决定对当事员工给予通报批评，扣发当月安全奖；对当班班长给予警告处分。
各车间要以此为戒，做好以下工作：
1.班前检查设备防护装置，发现拆除的立即恢复；
2.打磨、雕刻岗位必须佩戴防尘口罩和护目镜；
3.车间主任每周至少抽查两次，检查记录交安全环保部。
铢岭县榫韵红木家具有限公司
2024年7月9日
抄送：公司领导，工会。
""",
    ),
    dict(
        slug="qa-wenzhi-clean-blackened-copper-incense-burner",
        site="问知网 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhi-wang.com/question/3318027.html",
        title="铜香炉发黑了怎么清洗？",
        record_title=None,
        date=None,
        notes="Q&A page, no title in the record: the question; adopted-answer badge, vote row, more answers; "
        "回答于 2 周前 is no date; numbered list",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>铜香炉发黑了怎么清洗？_问知网</title>
<script src="//s.wenzhi-wang.com/js/qa.js"></script>
</head>
<body>
<div class="wz-top">⟦m 问知网 · 有问必知⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 进入问知账号⟧</a></div>
<div class="wz-crumb">⟦m 问知网 › 生活 › 家居清洁⟧</div>
<div class="wz-q">
<h1>{T}</h1>
<p class="wz-q-desc">⟦m 提问者：匿名用户　·　1.4万人看过⟧</p>
</div>
<div class="wz-best">
<div class="wz-badge">⟦m ✔ 提问者采纳⟧</div>
<div class="wz-user">⟦m 铜匠阿坤　家居达人 Lv7　回答于 2 周前⟧</div>
{BODY}
<div class="wz-vote">⟦l 有用 326　｜　没用 4　｜　评论 17⟧</div>
</div>
<div class="wz-more">
<h3>⟦l 其他 3 个回答⟧</h3>
<p>⟦l 用牙膏擦也行，就是费劲⟧</p>
<p>⟦l 拿去首饰店让人家给抛个光⟧</p>
</div>
<div class="wz-side">⟦l 相关问题：铜器上的绿锈怎么去掉？｜香炉里的香灰多久换一次？⟧</div>
<div class="wz-foot">⟦d 回答内容由网友提供，仅供参考，问知网不对其正确性负责⟧ ⟦m ©2024 wenzhi-wang.com⟧</div>
</body>
</html>
""",
        body="""
铜香炉发黑主要是表面氧化加上长期烟熏，可以分情况处理：
1.只是烟熏发黄的，用软布蘸温水加少量洗洁精擦洗，再用清水冲净、擦干。
2.氧化发黑的，可以把白醋和面粉调成糊，薄薄抹在炉身上，十分钟后用软毛牙刷刷掉，不要用钢丝球，会留下划痕。
3.如果是有年头的老炉，表面那层包浆不建议去掉，用干布擦拭即可，洗亮了反而不值钱。
洗好以后放在通风处晾干，炉内的香灰最好换成新的，旧香灰受潮容易结块，插香不稳。
""",
    ),
    dict(
        slug="qa-baomadake-pram-high-view-or-umbrella",
        site="宝妈答客 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.baomadake.com/q/77120451",
        title="婴儿车买高景观的还是轻便伞车？",
        record_title="婴儿车买高景观的还是轻便伞车？二胎宝妈在线等 - 宝妈答客",
        date=None,
        notes="Q&A text page: the question decorated with an aside; 回答于 3 天前 is no date; badge, likes, more answers",
        page="""
!m 宝妈答客 - 育儿问题找过来人
!m 首页 > 孕育 > 婴童用品
!t 婴儿车买高景观的还是轻便伞车？二胎宝妈在线等
!m 15 个回答　2.1万 浏览
!m ★ 优质回答　豆苗妈（育儿达人）回答于 3 天前
{BODY}
!l 赞同 412　反对 3　收藏　评论 38
!l 查看其余 14 个回答 ∨
!l 大家还在问：婴儿车有必要买两辆吗｜伞车几个月可以坐
!a 下载宝妈答客APP，回答有问题可追问作者
""",
        body="""
两种车我家都买过，说说实际体会。
高景观车座位高，孩子离地面远，夏天不那么热，也不容易吸到汽车尾气；车身稳，避震好，适合六个月以内的宝宝平躺。缺点是重，一般七八公斤，放不进小轿车后备箱的也有。
伞车轻，三四公斤，单手就能收，坐地铁、出去旅游很方便，但靠背放不平，适合能独立坐稳的大宝宝。
所以我的建议是：宝宝小、家里有电梯，先买高景观；一岁以后经常出门，再添一辆伞车。不管买哪种，都要看有没有3C标志，试一试刹车和五点式安全带。
""",
    ),
]
