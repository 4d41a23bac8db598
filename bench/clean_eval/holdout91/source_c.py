"""holdout91, part C. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="party-chuanzha-speech-lock-station-branch",
        site="汀浦先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.tpxianfeng.gov.cn/djgz/2024/0701/6612.html",
        title="在汀江船闸管理所“七一”主题党日活动上的讲话",
        record_title="在汀江船闸管理所“七一”主题党日活动上的讲话（精选）",
        date="2024-07-01",
        notes="decorated record title; date under the speech title; speaker line neutral with role as given",
        page="""
!m 汀浦先锋网　　汀浦县委组织部主办
!m 首页 → 基层党建 → 支部风采
{T}
所党支部书记　方晓川
（2024年7月1日）
!m 来源：汀江船闸管理所党支部　　编辑：周琪　　浏览：206
{BODY}
!a 〔打印〕〔收藏〕〔复制链接〕
!l 推荐文章：交通运输系统“两优一先”表彰名单公示
!m 汀浦先锋网 版权所有　技术支持：汀浦县融媒体中心
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天是党的生日。我们在船闸闸首举行主题党日活动，重温入党誓词，就是要大家记住，每一次开闸放船，都是我们为群众服务的具体行动。
过去一年，支部8名党员带头坚守一线，船闸安全过闸船舶1.76万艘次，汛期连续值守46天，保障了航道畅通。
下一步，支部要继续开展“党员示范闸室”创建，把党旗插在闸室、插在航道上。
""",
    ),
    dict(
        slug="party-cehui-report-cartography-branch-html",
        site="荻川机关党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://jgdj.dichuan.gov.cn/zbjs/202401/t20240115_3310.html",
        title="县测绘地理信息院党支部2023年度党建工作总结",
        record_title="县测绘地理信息院党支部2023年度党建工作总结",
        date="2024-01-12",
        notes="Party-building portal with study-points widget; 成文日期 under signature; decimal headings",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>县测绘地理信息院党支部2023年度党建工作总结-荻川机关党建网</title><script src="/js/flag.js"></script></head>
<body>
<div class="hd">⟦m 荻川机关党建网⟧ <span>⟦m 不忘初心 牢记使命⟧</span></div>
<div class="nav">⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 支部建设⟧ ⟦m 党员教育⟧ ⟦m 廉政之窗⟧</div>
<div class="here">⟦m 位置：首页 / 支部建设⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2024-01-15　作者：测绘院党支部　阅读：97⟧</div>
{BODY}
<div class="bottom">⟦a 打印文章⟧ ⟦a 返回顶部⟧</div>
<div class="side">⟦l 学习专栏⟧ ⟦l 学习强国积分排行榜⟧ ⟦l 党费计算器⟧</div>
<div class="foot">⟦m 中共荻川县委直属机关工委主办 地址：荻川县府前路1号⟧</div>
</body></html>
""",
        date_also=["2024-01-15"],
        body="""
2023年，院党支部坚持党建与业务深度融合，各项工作取得新进展。
1 强化政治建设
1.1 全年召开支部党员大会6次、支委会14次，讲党课4次。
1.2 组织党员赴“红军长征测绘路线”展馆开展现场教学。
2 党建促业务
2.1 完成全县第三次国土调查成果更新和1:2000地形图修测210平方公里。
2.2 组建“党员测绘突击队”，为防汛抢险提供应急测绘服务7次。
3 存在不足
党员理论学习的深度还不够，青年党员的培养力度有待加强。
中共荻川县测绘地理信息院支部委员会
2024年1月12日
""",
    ),
    dict(
        slug="hospital-erwo-notice-cochlear-screening-html",
        site="芫田市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ytey.com/news/gonggao/2024-03/1187.html",
        title="关于开展“爱耳日”儿童听力筛查和人工耳蜗咨询活动的公告",
        record_title="关于开展“爱耳日”儿童听力筛查和人工耳蜗咨询活动的公告-芫田市第二人民医院",
        date="2024-02-26",
        notes="hospital site with appointment buttons and hotline; the notice's own 咨询电话 kept; byline date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展“爱耳日”儿童听力筛查和人工耳蜗咨询活动的公告-芫田市第二人民医院</title></head>
<body>
<div class="top">⟦m 芫田市第二人民医院⟧ ⟦m 三级甲等综合医院⟧ ⟦w 24小时服务热线：0728-3326120⟧</div>
<div class="menu">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 新闻公告⟧</div>
<div class="quick">⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦a 在线缴费⟧</div>
<div class="pos">⟦m 首页 - 新闻公告 - 医院公告⟧</div>
<h1>{T}</h1>
<p class="date">⟦m 发布时间：2024-02-26　点击数：1530⟧</p>
{BODY}
<div class="prevnext">⟦l 上一篇：春节假期门诊安排⟧ ⟦l 下一篇：护理部招聘合同制护士公告⟧</div>
<div class="foot">⟦m 地址：芫田市江滨路66号⟧ ⟦m 鄂ICP备11004120号⟧ ⟦d 本网站信息仅供参考，不作为诊断依据⟧</div>
</body></html>
""",
        body="""
3月3日是全国“爱耳日”。为做到儿童听力障碍早发现、早干预，我院耳鼻咽喉头颈外科将于3月2日至3日开展义诊活动。
一、活动内容：0至6岁儿童免费听力筛查；人工耳蜗植入术前评估咨询；已植入儿童的调机和康复指导。
二、活动地点：门诊楼四楼耳鼻咽喉科候诊区。
三、注意事项：请家长携带孩子既往听力检查资料；筛查当天孩子尽量保持安静。
咨询电话：0728-3326458（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-qidaixue-summary-cord-blood-bank",
        site="菘湾省妇幼保健院 (invented)",
        style="医院官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.swfybj.org.cn/kydt/20231220/4471.html",
        title="脐带血造血干细胞库2023年质量管理工作总结",
        record_title=None,
        date="2023-12-18",
        notes="no record title; Arabic signature date; data table one row a paragraph",
        page="""
!m 菘湾省妇幼保健院　　　医院首页｜科研动态｜学科建设
!m ▎科研动态
{T}
!m 2023-12-20　　科研处　　阅读 311
!a A+　A-　　分享到朋友圈
{BODY}
!w 门诊咨询热线：0591-87720300
!l 【返回列表】
!d 版权所有©菘湾省妇幼保健院　未经允许不得转载
""",
        body="""
2023年，脐带血库严格执行《脐带血造血干细胞库技术规范》，质量管理体系运行平稳。主要指标如下：
指标　2022年　2023年
采集份数　3126　3480
合格入库率　91.2%　93.5%
提供移植份数　18　24
全年接受国家级质量检查1次、省级飞行检查2次，均未发现严重缺陷项。下一年将重点提升冷链运输监控水平。
脐带血造血干细胞库
2023年12月18日
""",
        date_also=["2023-12-20"],
    ),
    dict(
        slug="univ-huashui-news-water-ski-team-html",
        site="荏原大学新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.renyuan.edu.cn/info/1003/21877.htm",
        title="我校滑水队在全国大学生滑水锦标赛中获得两金一银",
        record_title="我校滑水队在全国大学生滑水锦标赛中获得两金一银",
        record_date="2024-08-19",
        date="2024-08-19",
        notes="university news site; record date; photographer and reviewer lines as meta",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>我校滑水队在全国大学生滑水锦标赛中获得两金一银-荏原大学新闻网</title><script src="/_sitegray/_sitegray.js"></script></head>
<body>
<div class="logo">⟦m 荏原大学新闻网⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 荏大要闻⟧ ⟦m 综合新闻⟧ ⟦m 院系动态⟧ ⟦m 媒体荏大⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 作者：体育部　摄影：肖岳　审核：邵华　发布时间：2024-08-19　点击：[ 2107 ]⟧</div>
{BODY}
<div class="edit">⟦m 【编辑：杭可】⟧</div>
<div class="pn">⟦l 上一条：我校举行2024级新生开学典礼⟧ ⟦l 下一条：物理学院师生参加暑期社会实践⟧</div>
<div class="foot">⟦m 版权所有：荏原大学党委宣传部 地址：荏原市大学路1号 邮编：314001⟧</div>
</body></html>
""",
        body="""
8月16日至18日，全国大学生滑水锦标赛在千湖水上运动中心举行。我校滑水队6名队员参赛，获得男子尾波板、女子回旋两项冠军和女子跳跃亚军。
我校滑水队组建于2019年，队员均为在校本科生，利用课余时间在学校附近的水库训练。
体育部负责人表示，将以此次比赛为契机，进一步完善水上运动课程体系。
""",
    ),
    dict(
        slug="univ-zhongzhi-notice-germplasm-open-day",
        site="萱原农业大学 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xyau.edu.cn/tzgg/2024/0425/c112a55301/page.htm",
        title="关于作物种质资源库2024年“开放日”活动的通知",
        record_title="关于作物种质资源库2024年“开放日”活动的通知.pdf",
        date="2024-04-25",
        notes="file-name record title; template placeholders in the reply slip; chrome glued before a paragraph",
        page="""
!m 萱原农业大学 XUANYUAN AGRICULTURAL UNIVERSITY
!m 学校首页 > 通知公告
{T}
!m 发布单位：作物种质资源库　　发布日期：2024年04月25日
{BODY}
!a 【打印】【关闭】
!m 地址：萱原市农大路9号　　邮编：471023
""",
        body="""
各学院、各单位：
为展示学校种质资源保存与利用成果，作物种质资源库定于5月18日举办开放日活动，欢迎师生参加。
一、开放内容：低温种子库、试管苗保存室、种质资源展示温室。
二、参观方式：以学院为单位预约，每批不超过30人。
⟦m 浏览次数：188⟧三、报名回执格式：学院名称：＿＿＿＿　带队老师：＿＿＿＿　人数：＿＿人
作物种质资源库
2024年4月25日
""",
    ),
    dict(
        slug="localforum-errenzhuan-post-stage-html",
        site="北岭论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://bbs.beiling365.com/thread-88102-1-1.html",
        title="镇文化广场二人转惠民演出安排",
        record_title="镇文化广场二人转惠民演出安排 - 乡镇资讯 - 北岭论坛 - Powered by Discuz!",
        date=None,
        notes="local forum with jammer fonts and floors; only relative posting time; no date in the document",
        page="""
<html><head><meta charset="gbk"><title>镇文化广场二人转惠民演出安排 - 乡镇资讯 - 北岭论坛 - Powered by Discuz!</title><style>.jammer{display:none}</style></head>
<body>
<div id="hd">⟦m 北岭论坛⟧ ⟦m 北岭人自己的网上家园⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 北岭论坛 » 乡镇资讯 » 查看内容⟧</div>
<table><tr><td class="pls">⟦m 楼主 镇文化站小刘⟧<br>⟦m 积分 3388⟧</td><td class="plc">
<h1>{T}</h1>
<div class="pi">⟦m 发表于 昨天 16:05⟧ ⟦l 电梯直达⟧</div>
{BODY}
</td></tr></table>
<div class="rep">⟦l 2楼 屯里大爷 太好了，又能看《回杯记》了⟧</div>
<div class="rep">⟦l 3楼 冰城过客 顶一个⟧</div>
<div id="ft">⟦d 免责声明：本帖为网友发布，论坛不承担责任⟧ ⟦m 黑ICP备14002817号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
乡亲们：
县二人转剧团本月将在镇文化广场连演三场惠民演出，时间都是晚上六点半开始。
第一场：《回杯记》；第二场：《西厢》；第三场：小帽和单出头专场。
演出免费，请大家自带板凳，注意看护好老人和孩子。遇雨顺延。
""",
    ),
    dict(
        slug="localforum-chama-post-ancient-road-hike",
        site="滇南茶乡论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.diannanchaxiang.com/forum/t-40721.html",
        title="茶马古道徒步文明公约",
        record_title="[置顶] 茶马古道徒步文明公约 —— 户外活动版",
        date="2024-02-17",
        notes="local forum; wrapped text; page markers absent; byline date; signature without date",
        page="""
!m 滇南茶乡论坛 » 户外活动 » 帖子
!m 【楼主】古道背夫　　发表时间：2024-02-17 10:21　　回复：26　人气：1988
{T}
{BODY}
!l 【回复】　【引用】　【举报】　【顶部】
!l 2# 马帮后人：支持，上次在石门坎看到一地矿泉水瓶，太心疼了。
!w 徒步装备团购，加版主微信 guda0871
!m 滇南茶乡论坛 © 2008-2024
""",
        wrap=66,
        body="""
茶马古道是祖先留下的珍贵遗产，石板路上的马蹄印走了几百年。为保护古道，我们倡议所有来徒步的朋友遵守以下公约：
一、不在古道石板、石碑、摩崖上刻画涂写，不撬取石块带走。
二、垃圾随身带走，不在沿途村寨和水源地附近乱扔。
三、尊重沿途村民生活习惯，拍照前先征得同意。
四、雨季不走塌方路段，结伴同行，提前告知家人路线。
滇南茶乡论坛户外活动版全体版主
""",
    ),
    dict(
        slug="download-dongji-plan-biathlon-camp-html",
        site="绿色资料下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.lvsezlxz.com/soft/31772.html",
        title="冬季两项青少年集训营组织方案",
        record_title="冬季两项青少年集训营组织方案 Word版 免费下载",
        date="2023-11-20",
        notes="old download station: file-info table, mirror links, dead-link report; Chinese-numeral signature date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>冬季两项青少年集训营组织方案 Word版 免费下载</title><script src="/js/ads300.js"></script></head>
<body>
<table width="980"><tr><td>⟦m 绿色资料下载站⟧</td><td>⟦m 安全 无毒 免费的资料下载⟧</td></tr></table>
<div class="dh">⟦m 首页⟧ | ⟦m 文档资料⟧ | ⟦m 计划方案⟧ | ⟦m 体育教案⟧</div>
<table class="info"><tr><td>⟦m 资料大小：45 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr><tr><td>⟦m 更新时间：2023-12-01⟧</td><td>⟦m 运行环境：WinXP/Win7/Win10⟧</td></tr></table>
<h1>{T}</h1>
<div class="intro">⟦m 资料简介：⟧</div>
{BODY}
<div class="down"><b>⟦a 下载地址：⟧</b> ⟦a 电信下载⟧ ⟦a 联通下载⟧ ⟦a 本地下载⟧</div>
<div class="bad">⟦a 下载地址失效请点此报告⟧</div>
<div class="tj">⟦l 同类推荐：冰雪运动进校园活动方案 滑雪冬令营安全预案⟧</div>
<div class="ft">⟦d 本站资料均来自网络，仅供学习研究，请于下载后24小时内删除⟧</div>
</body></html>
""",
        body="""
为发现和培养冬季两项后备人才，市体育局决定于2024年1月举办青少年集训营，特制定本方案。
一、集训时间：2024年1月8日至1月28日，共21天。
二、集训地点：白桦岭越野滑雪场和市射击运动中心。
三、参训对象：全市12至16岁的越野滑雪、射击运动员，共40人。
四、训练内容：越野滑雪技术、激光枪射击、滑行与射击转换训练，期间安排一次模拟比赛。
五、安全保障：每天训练前检查雪道和枪支管理台账，配备随队医生和雪地救援车辆。
萱原市体育局
二〇二三年十一月二十日
""",
    ),
    dict(
        slug="download-saima-speech-naadam-horse-race",
        site="公文宝库下载 (invented)",
        style="资料下载站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://down.gwbaoku.com/jianghua/92011.html",
        title="在那达慕大会赛马比赛开幕式上的致辞",
        record_title="在那达慕大会赛马比赛开幕式上的致辞.doc",
        date=None,
        notes="file-name record title; no date anywhere (download time is not a date); page markers glued",
        page="""
!m 公文宝库下载 ▷ 讲话致辞 ▷ 开幕致辞
!t 在那达慕大会赛马比赛开幕式上的致辞.doc
!m 软件类型：国产软件　授权方式：免费　下载时间：2小时前
{BODY}
!a ↓ 点击进入下载页面 ↓
!l 网友评论：共0条　　查看所有评论
!d 本站所有资料均为网友推荐收集整理而来，仅供学习和研究使用。
""",
        pages=dict(fmt="(第{n}页)", every=150, start=2, glue=True),
        body="""
各位来宾、各位骑手、父老乡亲们：
金秋时节，草原上牛羊肥壮。今天，我们在这里隆重举行那达慕大会赛马比赛，我代表大会组委会，向远道而来的各位骑手和来宾表示热烈欢迎！
赛马是草原人民最喜爱的传统体育项目。本次比赛共有来自全旗各苏木的186匹骏马参赛，设立速度赛马、走马和颠马三个项目。
希望各位骑手赛出风格、赛出水平，确保人马安全。预祝本次比赛圆满成功！
""",
    ),
    dict(
        slug="exam-puer-notice-tea-institute-recruit-html",
        site="苠城人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.mcrsks.gov.cn/ksxx/sydw/202405/t20240509_1421.html",
        title="苠城市普洱茶研究所2024年公开招聘工作人员公告",
        record_title="苠城市普洱茶研究所2024年公开招聘工作人员公告",
        date="2024-05-09",
        notes="personnel-exam site; data table of posts; the notice's own 咨询电话 vs the site's support line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>苠城市普洱茶研究所2024年公开招聘工作人员公告</title></head>
<body>
<div class="head">⟦m 苠城人事考试网⟧ ⟦m 苠城市人力资源和社会保障局主办⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 考试信息⟧ ⟦m 报名入口⟧ ⟦m 成绩查询⟧ ⟦m 政策法规⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt; 考试信息 &gt; 事业单位⟧</div>
<h2>{T}</h2>
<div class="time">⟦m 发布日期：2024-05-09⟧ ⟦a 【字体：大 中 小】⟧</div>
{BODY}
<div class="tips">⟦w 网上报名技术咨询：0879-2135500（工作日）⟧</div>
<div class="foot">⟦m 主办单位：苠城市人力资源和社会保障局⟧ ⟦m 滇ICP备06002901号⟧</div>
</body></html>
""",
        body="""
根据事业单位公开招聘有关规定，苠城市普洱茶研究所面向社会公开招聘工作人员3名。
一、招聘岗位
岗位名称　人数　专业要求
茶树栽培研究　1　茶学、作物栽培学与耕作学
茶叶加工研究　1　茶学、食品科学与工程
综合管理　1　汉语言文学、行政管理
二、报名时间：2024年5月15日9:00至5月21日18:00。
三、考试安排：笔试时间另行通知，请考生关注本网公告。
咨询电话：0879-2137012。
苠城市普洱茶研究所
2024年5月9日
""",
    ),
    dict(
        slug="exam-chuanzha-list-lock-keepers",
        site="汀浦人才考试信息网 (invented)",
        style="人事考试网",
        genre="公示",
        kind="notice",
        form="text",
        source="http://rsks.tingpu.gov.cn/gsgg/2023/1030/778.html",
        title="2023年汀江航运服务中心公开招聘船闸运行员拟聘用人员公示",
        record_title="2023年汀江航运服务中心公开招聘船闸运行员拟聘用人员公示（第二批）",
        title_also=["2023年汀江航运服务中心公开招聘船闸运行员拟聘用人员公示（第二批）"],
        date="2023-10-30",
        notes="list of candidates as table rows; 公示期 dates in the body; byline date",
        page="""
!m 汀浦人才考试信息网
!m 首页 >> 公示公告
{T}
!m 发布时间：2023-10-30 15:11:07　　来源：县人社局　　【我要纠错】
{BODY}
!a 〖打印本页〗〖返回上页〗
!m 技术支持：汀浦县信息中心　　建议使用1366×768分辨率浏览
""",
        body="""
经笔试、面试、体检和考察，现将2023年汀江航运服务中心公开招聘船闸运行员拟聘用人员名单公示如下：
序号　姓名　性别　准考证号
1　叶思远　男　2023101107
2　温晓萌　女　2023101122
3　黄一舟　男　2023101139
公示期为2023年10月31日至11月6日。对公示人员有异议的，请以书面形式向县人社局反映。
监督电话：0596-5310712。
汀浦县人力资源和社会保障局
2023年10月30日
""",
    ),
]
