"""holdout98, part B. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="forum-text-night-school-volunteer-post-junk",
        site="灯下学友论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.dengxiaxueyou.com/thread-40917-1-1.html",
        title="关于招募社区夜校志愿教师的倡议书",
        record_title="[原帖转载] 关于招募社区夜校志愿教师的倡议书 - 公益互助区 - 灯下学友论坛",
        date="2025-02-20",
        date_also=["2025-02-24"],
        notes="forum post with anti-scraping junk lines and glued junk; post time differs from the document's date (also accepted)",
        page="""
!m 灯下学友论坛 » 公益互助区 » 查看帖子
!m 查看: 811｜回复: 9
!t [原帖转载] 关于招募社区夜校志愿教师的倡议书
!m 楼主　夜航船　发表于 2025-2-24 21:07　只看该作者
{BODY}
!l 回复 沙发：已报名，我教书法！
!l 回复 板凳：支持，转给我们小区群了
!a 登录后才能回帖，没有账号？立即注册
!m Powered by Discuz! X3.4　© 2011-2025 dengxiaxueyou.com
""",
        junk=dict(lines=2, glued=2),
        body="""
亲爱的居民朋友们：
槐荫社区居民夜校开办三年来，已有1100多人次在这里学会了用手机挂号、网上缴费，学会了做面点、练书法。夜校能办下去，靠的是一位位不计报酬的志愿教师。
新学期即将开始，学员报名人数大幅增加，部分课程师资紧缺。为此，我们向社区居民和辖区单位发出倡议：如果您有一技之长，热心公益，每周能抽出一个晚上，欢迎加入夜校志愿教师队伍。
急需课程包括：智能手机使用、短视频拍摄、家庭急救常识、中老年声乐。报名请到社区党群服务中心一楼登记，也可拨打社区办公电话0755-2361874。
让我们一起，为街坊邻居点亮一盏学习的灯！
槐荫社区居委会
2025年2月20日
""",
    ),
    dict(
        slug="forum-html-field-hockey-club-discuz-jammer",
        site="球棍之家论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qiugunzhijia.com/forum.php?mod=viewthread&tid=6210",
        title="翎山飞鹰曲棍球俱乐部2025年夏季集训通知",
        record_title=None,
        date="2025-06-03",
        notes="Discuz-like page with jammer fonts in the post; no record title; 发表于 line is the page's date; 联系人 kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>翎山飞鹰曲棍球俱乐部2025年夏季集训通知 - 俱乐部动态 - 球棍之家论坛</title>
<style>.jammer{display:none}</style><script src="static/js/common.js"></script></head>
<body>
<div id="hd"><a href="/">⟦m 球棍之家论坛⟧</a> <span>⟦a 登录⟧</span> <span>⟦a 立即注册⟧</span> <span>⟦a 找回密码⟧</span></div>
<div id="pt">⟦m 球棍之家论坛 › 俱乐部专区 › 俱乐部动态 › 查看内容⟧</div>
<table id="pid1"><tr><td class="pls">⟦m 鹰队老邱⟧<br>⟦m 主题 52 帖子 317 积分 1460⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="pti">⟦m 发表于 2025-6-3 10:15⟧ ⟦m | 只看该作者 | 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：飞鹰出击，寸草不让⟧</div>
</td></tr></table>
<div class="pgs">⟦l 上一主题 下一主题⟧</div>
<div id="f_pst">⟦a 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Archiver｜手机版｜小黑屋｜球棍之家⟧ ⟦m 浙ICP备19028830号⟧</div>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=2),
        body="""
各位队员、家长：
经俱乐部教练组研究，2025年夏季集训安排如下。
一、集训时间：7月7日至7月26日，每周一至周五上午8:00—11:00。
二、集训地点：翎山县体育公园曲棍球场（北门进）。
三、参加对象：俱乐部U10、U13、U16三个梯队全体注册队员。
四、注意事项：队员须自备球杆、护腿板和护齿，高温天气注意补水；因故不能参加的，请提前向本队教练请假。
联系人：俱乐部教练组　邱志鹏，电话：13805716624。
翎山飞鹰曲棍球俱乐部
""",
    ),
    dict(
        slug="forum-text-dengue-residents-mosquito-post",
        site="鄢水生活圈 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yanshuiq.com/t/883201",
        title="致全体居民的灭蚊防病告知书",
        record_title="灭蚊防病告知书，物业刚贴的，大家看看",
        date="2025-07-02",
        notes="a forum title with a poster's aside; junk glued; document's 成文日期; the post time is relative (not a date)",
        page="""
!m 鄢水生活圈 > 小区邻里 > 帖子详情
!t 灭蚊防病告知书，物业刚贴的，大家看看
!m 楼主：橘子汽水　5小时前　来自 安卓客户端
!m 阅读 2.2k　回复 31
原文如下：
{T}
{BODY}
!l 2楼 小区老住户：花盆底下的积水确实容易忘
!l 3楼 阿杰：楼下垃圾房也该好好清一清了
!a 打开客户端参与讨论
""",
        junk=dict(lines=1, glued=1),
        body="""
各位业主、住户：
近期我县已发现登革热病例，登革热主要通过伊蚊叮咬传播，清除蚊虫孳生地是最有效的预防办法。为保障大家健康，请配合做好以下几点：
一、每周检查并倒掉花盆托盘、水桶、废旧轮胎内的积水，水生植物每周换水一次。
二、出门尽量穿浅色长袖衣裤，外露皮肤可涂抹驱蚊剂，家中安装纱窗纱门。
三、如出现高热、头痛、全身酸痛或皮疹等症状，请及时到医院就诊，并主动告知旅居史。
四、7月5日起物业将对公共区域进行集中喷药，届时请关好门窗，看管好儿童和宠物。
翠湖湾物业服务中心
2025年7月2日
""",
    ),
    dict(
        slug="blog-text-shelterbelt-ranger-diary",
        site="沙枣花开 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://shazaohuakai.blog.example.cn/post/2025/04/pzg.html",
        title="扎了二十年草方格，说说我的几点体会",
        record_title="【林场随笔】扎了二十年草方格，说说我的几点体会 | 沙枣花开",
        date="2025-04-16",
        notes="personal blog with tag list and archive; a bracketed post time is the page's date",
        page="""
!m 沙枣花开 —— 一个治沙人的日常
!m 首页　随笔　照片　关于我
!t 【林场随笔】扎了二十年草方格，说说我的几点体会
!m [2025-04-16 20:41]　分类：林场随笔　阅读(318)　评论(6)
{BODY}
!l 标签：防沙治沙 / 草方格 / 梭梭
!l « 上一篇：春天的沙尘暴 | 下一篇：给新来的大学生讲课 »
!l 文章归档：2025年4月(3) 2025年3月(5) 2025年2月(2)
!d 本博客文字均为原创，转载请联系博主。
""",
        body="""
我在磬原县北沙窝林场干了二十二年，扎草方格扎了整整二十年。前几天场里来了几个年轻人，问我这活儿有什么窍门，我想了想，写下来几点。
第一，麦草要选当年的，而且要捆实。草方格一米见方，草埋进沙里十五到二十厘米，露出地面也是十五到二十厘米，埋浅了一场风就掀了。
第二，看风向下手。主风向上先扎，再往下风方向推，这样扎好的格子能护住后面干活的人。
第三，格子只是第一步。草方格一般能管三到五年，必须趁着这几年把梭梭、花棒种进去，让植物自己把沙子锁住，不然等草烂了，前功尽弃。
第四，最要紧的是管护。种下去的苗子，头两年最怕羊啃和人挖。我们场现在实行分片包干，一人一片，每周巡一遍。
二十年下来，我负责的那片沙丘，植被盖度从不到5%长到了三成多。去年秋天，沙丘上第一次看到了狐狸的脚印。
""",
    ),
    dict(
        slug="blog-html-endemic-doctor-brucellosis-tagcloud",
        site="老贺的防疫笔记 (invented blog)",
        style="博客",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://laohe-fangyi.blog.example.net/2025/05/brucella-lecture.html",
        title="布鲁氏菌病防治知识讲座讲稿",
        record_title="布鲁氏菌病防治知识讲座讲稿 - 老贺的防疫笔记",
        date="2025-05-09",
        notes="blog with tag cloud and archive; lecture with the date under the title (neutral line); speaker line neutral",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>布鲁氏菌病防治知识讲座讲稿 - 老贺的防疫笔记</title>
<script>window.dataLayer=[];</script></head>
<body>
<header><h2 class="blog-name">⟦m 老贺的防疫笔记⟧</h2><p class="desc">⟦m 基层疾控三十年，记点该记的⟧</p></header>
<nav>⟦m 首页⟧ · ⟦m 讲稿⟧ · ⟦m 随笔⟧ · ⟦m 留言板⟧</nav>
<article>
<h1>{T}</h1>
<p class="post-meta">⟦m 发布：2025-05-12　分类：讲稿　阅读 205⟧</p>
<p>瓒州市疾控中心地方病防治科　贺建成</p>
<p>（2025年5月9日）</p>
{BODY}
</article>
<div class="post-nav">⟦l ← 包虫病筛查那些事⟧ ⟦l 乡村医生培训随想 →⟧</div>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 布病 包虫病 氟中毒 碘盐 健康教育 下乡⟧</p><h3>⟦l 归档⟧</h3><p>⟦l 2025年5月 (4)⟧</p><p>⟦l 2025年4月 (7)⟧</p></aside>
<div class="comments">⟦l 发表评论：昵称 邮箱 内容 提交⟧</div>
<footer>⟦d © 老贺的防疫笔记 保留所有权利 ⟧ ⟦m 托管于 example.net⟧</footer>
</body></html>
""",
        body="""
各位养殖户朋友：
今天我和大家聊一聊布鲁氏菌病，老百姓叫它“布病”或者“懒汉病”。它是一种人畜共患的传染病，主要在牛、羊之间传播，人接触了病畜或者它们的流产物，也会被传染。
布病的症状主要是反复发热、多汗、乏力和关节疼痛。很多人以为是感冒，拖上几个月，转成慢性就难治了。所以一旦有这些症状，又接触过牛羊，一定要到医院检查。
预防布病要记住三句话：接羔助产戴手套，病畜流产物深埋，生奶生肉不入口。家里的牛羊要按时免疫和检疫，买进牲畜要查看检疫证明。
布病早发现、早治疗，是完全可以治好的。大家有疑问，随时可以到乡卫生院咨询。
""",
    ),
    dict(
        slug="wechat-text-notoginseng-coop-pledge-follow",
        site="琮阳三七联社 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wx-mirror.example.com/s/Zc7qTn2Lm4",
        title="关于规范三七采收和初加工的倡议书",
        record_title="倡议｜关于规范三七采收和初加工的倡议书",
        date="2025-09-18",
        notes="WeChat mirror: account line, 在看/点赞 bar, 阅读原文; the document's sentence asking to 扫码 a traceability code kept",
        page="""
!t 倡议｜关于规范三七采收和初加工的倡议书
!m 原创　琮阳三七联社　琮阳三七联社　2025年09月19日 08:00　云南
!a 点击上方蓝字 关注我们
{BODY}
!m 图文｜联社办公室　编审｜杨帆
!l 往期推荐 ▶ 三七根腐病防治要点 ▶ 秋季田间管理提示
!a 阅读原文
!l 分享　收藏　点赞 48　在看 12
""",
        indent="",
        gap=True,
        body="""
各会员单位、广大种植户：
三七采收季即将到来。为维护“琮阳三七”区域公用品牌声誉，保障药材质量，联社向大家发出如下倡议：
一、适时采收。三年生以上三七方可采挖，不抢青、不早收，采挖后及时清除泥土和须根。
二、规范晾晒。使用晾晒大棚或烘干设备，严禁在公路、晒场直接铺晒，严禁使用硫磺熏蒸。
三、如实追溯。每批次产品须贴附联社统一追溯码，消费者扫码即可查看产地、采收时间和检测报告。
四、诚信经营。不掺假、不压秤、不以次充好，共同维护市场秩序。
琮阳县三七产业联合会
2025年9月18日
""",
    ),
    dict(
        slug="wechat-html-geohazard-monitor-account-mirror",
        site="黛川自然资源 公众号镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://mp-reader.example.org/a/dc_zrzy/20250619_01.html",
        title="群测群防员提前预警 23名群众安全转移",
        record_title=None,
        date="2025-06-19",
        notes="WeChat-style mirror page: account header, QR box, 写留言, 在看; no record title; account date taken",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>群测群防员提前预警 23名群众安全转移</title>
<meta property="og:site_name" content="黛川自然资源"></head>
<body>
<div id="js_content_wrap">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 黛川自然资源⟧ ⟦m 2025-06-19 17:30⟧</div>
<div class="tip">⟦a 点击蓝字 关注“黛川自然资源”⟧</div>
<div id="js_content">
{BODY}
</div>
<p>⟦m 来源：县自然资源局地质环境股⟧</p>
<p>⟦m 编辑：小林　审核：沈默然⟧</p>
<div class="qr"><img src="qr.jpg">⟦a 长按识别二维码，关注我们⟧</div>
<div class="bar">⟦l 分享 收藏 在看 3 点赞 27⟧</div>
<div class="cmt">⟦l 写留言⟧</div>
</div>
<div class="mirror-foot">⟦d 本页面由第三方阅读器抓取生成，内容版权归原公众号所有⟧</div>
</body></html>
""",
        body="""
6月17日凌晨，黛川县普降暴雨。凌晨4时许，石板乡岩脚村地质灾害隐患点群测群防员罗德华在巡查中发现，后山坡体出现一条长约30米的新裂缝，坡脚有泥水渗出。
罗德华立即敲锣示警，并按照防灾预案向乡政府报告。乡村两级干部迅速赶到现场，组织受威胁的7户23名群众沿预定路线转移到村小学安置点。
当天上午10时，该处坡体发生滑塌，约2000立方米土石冲毁了两间空置的圈舍，由于转移及时，未造成人员伤亡。
目前，县自然资源局已派出技术人员对该隐患点开展应急调查，并设置了警示标志。县局提醒，汛期山区群众要熟记避险路线，发现异常及时报告。
""",
    ),
    dict(
        slug="docshare-text-saline-survey-upload-notice",
        site="易享文档 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.yixiang-doc.com/file/2025/0805/4481930.html",
        title="关于栾阳市盐碱地“以稻治碱”模式的调研报告",
        record_title="关于栾阳市盐碱地“以稻治碱”模式的调研报告（word可改）",
        date=None,
        notes="decorated title (word可改); upload notice and points prompt; a year only in the title and an upload stamp: no date",
        page="""
!m 易享文档 yixiang-doc.com
!t 关于栾阳市盐碱地“以稻治碱”模式的调研报告（word可改）
!m 上传用户：海边稻田　上传时间：2025-08-05　大小：38KB　格式：DOCX
!a 免费预览　｜　下载需8积分　｜　收藏
{BODY}
!d 温馨提醒：该资料由注册用户自行分享，本站未作人工审核，其观点不代表易享文档立场，资料内容如侵犯您的权益请通过“投诉”反馈。
!a 觉得有用？点个赞再走吧
!l 猜你想找：盐碱地改良技术规程 | 稻渔综合种养方案
""",
        body="""
为了解盐碱地“以稻治碱”模式的实际效果，调研组于今年7月深入栾阳市北部三个镇，走访种植大户、合作社和农技人员40余人，查阅了相关统计资料。现将调研情况报告如下。
一、基本情况
全市现有盐碱耕地约68万亩，其中重度盐碱地19万亩。近五年来，北部沿海乡镇累计推广“以稻治碱”面积7.4万亩，通过淡水洗盐、种稻压碱，耕层含盐量平均下降了约40%。
二、主要成效
一是改良效果明显。连续种稻三年后，多数地块可转为旱作，种植小麦、玉米亩产接近普通耕地。二是农民收入增加。耐盐水稻亩均纯收益约650元，比种植棉花高出200元左右。三是带动稻蟹共作等新业态发展。
三、存在问题
淡水资源紧张是最大制约，部分年份引黄水量不足；排碱沟渠淤积严重，排水不畅；耐盐品种选择面较窄。
四、几点建议
建议统筹引黄水资源配置，加大排碱沟渠清淤投入，依托科研单位加快耐盐品种选育，并对连片改造的经营主体给予适当补助。
""",
    ),
    dict(
        slug="docshare-html-goldmine-rules-print-download-articles",
        site="文件宝 (invented)",
        style="文档分享",
        genre="规章制度",
        kind="rule",
        form="html",
        source="https://www.wenjianbao.net/doc/99f2a61c.html",
        title="金坑矿业有限公司井下作业人员安全管理规定",
        record_title="金坑矿业有限公司井下作业人员安全管理规定.docx",
        date="2025-01-06",
        notes="file-name title; a regulation whose articles speak of 打印/下载/扫码 (kept); share page chrome around",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>金坑矿业有限公司井下作业人员安全管理规定.docx - 文件宝</title></head>
<body>
<div class="top">⟦m 文件宝 · 文档随身带⟧ <a>⟦a 上传我的文档⟧</a> <a>⟦a 会员中心⟧</a></div>
<div class="fileinfo"><h1>{T}</h1><span>⟦m 分享者：矿工老宋　2025-02-10　12页⟧</span></div>
<div class="btns"><button>⟦a 一键下载原文件⟧</button><button>⟦a 转存到我的空间⟧</button></div>
<div class="preview">
{BODY}
</div>
<div class="more">⟦a 以上为前3页预览，后续内容请下载查看⟧</div>
<div class="side">⟦l 同分享者的其他文件：⟧<br>⟦l 井下爆破作业规程.pdf⟧<br>⟦l 尾矿库巡查记录表.xlsx⟧</div>
<footer>⟦d 文件宝不对用户分享内容的真实性负责，如发现违规内容请举报。⟧ ⟦m 沪ICP备22017763号⟧</footer>
</body></html>
""",
        body="""
第一条　为加强井下作业人员安全管理，防止发生生产安全事故，根据《中华人民共和国矿山安全法》等法律法规，结合公司实际，制定本规定。
第二条　本规定适用于公司所属金鸡岭、石门两座矿井的全体井下作业人员及外包施工单位人员。
第三条　井下作业人员必须经过三级安全教育并考试合格，持证上岗。培训考试成绩由安全管理部统一打印存档。
第四条　入井人员必须佩戴安全帽、矿灯和自救器，入井时在井口扫码登记，出井时扫码注销，人员定位卡不得转借他人。
第五条　各区队每班开工前须开展班前会，作业规程和安全技术措施由技术部负责下载最新版本并组织学习，严禁使用过期版本。
第六条　严禁酒后入井，严禁在井下吸烟，严禁擅自进入盲巷和采空区。
第七条　违反本规定的，按照公司安全生产奖惩办法处理；造成事故的，依法追究责任。
第八条　本规定自2025年1月6日起施行。
""",
    ),
    dict(
        slug="edu-html-night-school-enrolment-notice",
        site="梓坪区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.ziping.gov.cn/jyzx/tzgg/202508/t20250822_66014.html",
        title="关于2025年秋季成人文化技术夜校招生的通知",
        record_title="关于2025年秋季成人文化技术夜校招生的通知-梓坪教育",
        date="2025-08-22",
        notes="education portal; table of classes one row a paragraph; 报名电话 kept beside the portal's 督导热线; sentence telling readers to 扫码",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于2025年秋季成人文化技术夜校招生的通知-梓坪教育</title></head>
<body>
<div class="banner">⟦m 梓坪教育⟧ ⟦m 立德树人　办人民满意的教育⟧</div>
<ul class="nav"><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="weizhi">⟦m 所在位置：首页 » 通知公告⟧</div>
<h3 class="title">{T}</h3>
<div class="info">⟦m 发布人：职成科　日期：2025-08-22　点击量：1302⟧</div>
<div class="content">
{BODY}
</div>
<div class="tools">⟦a [收藏本页]⟧ ⟦a [打印文章]⟧ ⟦a [返回顶部]⟧</div>
<div class="foot">⟦m 梓坪区教育局　版权所有⟧ ⟦m 教育督导热线：0731-8820 1199⟧ ⟦m 湘ICP备13006271号⟧</div>
</body></html>
""",
        body="""
各街道、社区，各有关学校：
为满足居民终身学习需求，区教育局依托区社区教育学院和8所中小学，面向辖区18周岁以上居民开展2025年秋季成人文化技术夜校招生。现将有关事项通知如下。
一、开设课程
班级　上课地点　上课时间　名额
智能手机应用班　区社区教育学院　周二19:00—20:30　60
家政服务技能班　梓坪二中　周三19:00—20:30　40
电工基础班　区职业中专　周四19:00—21:00　30
二、报名方式
居民可携带身份证到各上课地点现场报名，也可扫描各社区公告栏张贴的二维码在线报名。报名时间为9月1日至9月12日，额满为止。
三、其他事项
夜校课程全部免费，结业考核合格的颁发结业证书。报名咨询电话：0731-8826 4410（区社区教育学院）。
梓坪区教育局
2025年8月22日
""",
    ),
    dict(
        slug="edu-text-bookmobile-schools-schedule",
        site="笈山县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jsjyw.net/Article/ShowArticle.asp?ArticleID=5520",
        title="关于流动图书车进校园服务的通知",
        record_title="关于流动图书车进校园服务的通知_笈山县教育信息网",
        date="2025-03-03",
        notes="document number neutral under the title; schedule table rows; the site's 技术支持 line",
        page="""
!m 笈山县教育信息网
!m 网站首页 | 教育新闻 | 公告通知 | 教研天地 | 德育之窗
!m 当前位置：首页 >> 公告通知
{T}
笈教基〔2025〕7号
!m 作者：基教股　文章来源：本站原创　点击数：427　更新时间：2025-3-3
{BODY}
!l 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】
!l 上一篇文章： 关于做好春季开学安全工作的通知
!l 下一篇文章： 2025年中小学生读书节活动方案
!m 技术支持：笈山电教站　联系邮箱：djz@jsjyw.net
""",
        indent="\u3000\u3000",
        body="""
各乡镇中心学校、县直各学校：
为丰富农村学生课外阅读资源，县教育局与县图书馆合作，本学期安排流动图书车定期进入农村学校开展借阅服务。现将有关事项通知如下。
一、服务安排
学校　服务时间　停靠位置
金坑镇中心小学　每月第一周周三　学校操场
石门九年一贯制学校　每月第二周周三　教学楼前广场
白沙乡中心小学　每月第三周周三　学校大门内侧
二、工作要求
各学校要指定一名图书管理员负责对接，组织学生有序借还，做好借阅登记。学生借阅的图书须在下次书车到校时归还。
三、联系方式
县图书馆流动服务部　钟远航，电话：0715-4328871。
笈山县教育局
2025年3月3日
""",
    ),
    dict(
        slug="oa-text-goldmine-safety-minutes",
        site="金坑矿业协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.jinkeng-mining.local/doc/view?id=20250314-0032",
        title="2025年第一季度安全生产例会纪要",
        record_title="内部文件-2025年第一季度安全生产例会纪要",
        date="2025-03-14",
        notes="intranet export: approval trail and read counts as chrome; minutes' 时间/地点/主持/参会/记录 lines kept",
        page="""
!m 金坑矿业协同办公平台　|　公文管理 → 会议纪要
!m 文件状态：已归档　密级：内部　阅读人数：56
!t 内部文件-2025年第一季度安全生产例会纪要
{BODY}
!m 流转记录：安全管理部 起草（03-14）→ 分管副总 审核（03-15）→ 总经理 签发（03-15）
!a [导出PDF] [打印] [转发给同事]
!d 本文件仅限公司内部传阅，未经批准不得外传。
""",
        body="""
时间：2025年3月14日上午9:00
地点：公司三楼会议室
主持：宋立军（总经理）
参会：公司班子成员，各部门、各区队负责人
记录：何燕
会议听取了安全管理部关于一季度安全生产情况的汇报，分析了当前存在的问题，安排部署了下一阶段工作。纪要如下：
一、一季度公司未发生轻伤以上事故，但石门矿井发生两起违章作业行为，暴露出部分区队班前会流于形式的问题。会议要求各区队严格落实班前会制度。
二、会议同意在金鸡岭矿井试点人员精确定位系统，由机电部牵头，4月底前完成安装调试。
三、会议要求安全管理部于3月底前完成尾矿库汛前检查，并将检查结果报县应急管理局。
""",
    ),
]
