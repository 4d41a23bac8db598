"""holdout59, part G: more text pages (writing sites, previews, portals, forums). Invented text."""

CASES = [
    dict(
        slug="fanwen-qiushui-report-street-lamp-wrapped",
        site="秋水范文馆 (invented)",
        style="范文站",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.qiushuifw.com/diaoyan/2025/3391.html",
        title="关于城区路灯设施运行情况的调研报告",
        record_title="关于城区路灯设施运行情况的调研报告（优选3篇）",
        date="2025-07-22",
        notes="hard-wrapped at 64 columns with page markers between lines; date at end",
        page="""
!m 秋水范文馆　qiushuifw.com
!m 首页 ＞ 调研报告 ＞ 城建调研
!t 关于城区路灯设施运行情况的调研报告（优选3篇）
!a ☆复制全文　☆下载打印版　☆收藏
{BODY}
!w 材料写不出来？秋水写手一对一代笔，QQ：1730298845
!m 秋水范文馆 版权所有 冀ICP备21013377号
""",
        wrap=64,
        pages=dict(fmt="~{n}~", every=170, start=2, glue="mix"),
        body="""
为掌握城区路灯设施运行状况，6月至7月，市城市管理局组成调研组，对城区主次干道及背街小巷路灯进行了实地调查。
一、基本情况。城区现有路灯12860盏，其中LED灯具占61%。调研发现，亮灯率为96.2%，背街小巷亮灯率仅为88.5%。
二、存在问题。一是部分老旧小区路灯产权不清，坏了无人修；二是单灯控制覆盖率低，夜间节能调光难以实现；三是部分线缆埋深不足，雨季漏电隐患突出。
三、对策建议。建议明确老旧小区路灯移交管理办法，分三年完成剩余钠灯的LED改造，并将单灯控制系统纳入智慧城管平台。
市城市管理局调研组
2025年7月22日
""",
    ),
    dict(
        slug="wenku-muye-speech-ambulance-oneline",
        site="牧野文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.muyewk.com/doc/88123001.html",
        title="在全县院前急救体系建设推进会上的讲话",
        record_title="在全县院前急救体系建设推进会上的讲话",
        date="2025-02-26",
        notes="oneline text of a preview; speaker line neutral; date under title neutral",
        page="""
!m 牧野文库 | 专业文档分享
!t 在全县院前急救体系建设推进会上的讲话
!m 2025-03-10 上传　｜　6页　｜　免费
!a 下载文档　|　全屏阅读　|　分享
{T}
县卫生健康局局长　秦海澜
（2025年2月26日）
{BODY}
!a 试读结束，如需继续阅读请下载
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
同志们：
院前急救是生命救治的第一道关口。去年以来，全县新建急救站点6个，急救车辆增加到24台，城区平均急救反应时间缩短到12分钟。
今年，我们要重点抓好三件事：一是年内实现每个乡镇至少一个急救站点；二是推进急救调度与医院信息互联互通；三是在学校、车站等公共场所配置自动体外除颤器80台。
希望大家扎实工作，让群众在最需要的时候等得到、救得了。
""",
    ),
    dict(
        slug="gov-wushan-text-weather-warning-notice",
        site="雾山县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.wushan.gov.cn/xxgk/tzgg/202507/t20250728_8812.html",
        title="关于做好台风“海燕”防御工作的紧急通知",
        record_title="关于做好台风“海燕”防御工作的紧急通知_雾山县人民政府",
        date="2025-07-28",
        notes="text extraction of portal; 文号 neutral; 抄送 and 印发 版记 kept",
        page="""
!m 雾山县人民政府
!m 首页 > 信息公开 > 通知公告
{T}
!m 来源：县应急管理局　|　时间：2025-07-28　|　【大 中 小】
雾应急〔2025〕21号
{BODY}
!a 【打印】【关闭】
!m 主办单位：雾山县人民政府办公室　网站标识码：3309220003
""",
        body="""
各乡镇人民政府，县直有关单位：
据气象部门预报，今年第8号台风“海燕”预计7月30日前后登陆或影响我县，带来狂风暴雨。为切实做好防御工作，现紧急通知如下：
一、各渔船于7月29日12时前全部回港避风，海上养殖人员全部撤离上岸。
二、各乡镇要对危旧房、地质灾害隐患点、在建工地人员逐一落实转移措施。
三、气象部门要加密发布台风动态，县融媒体中心要及时转发预警信息。
四、严格执行24小时值班制度，重要情况及时报告县防指办，电话：0580-5021110。
雾山县应急管理局
2025年7月28日
抄送：县委办，县人大办，县政协办。
雾山县应急管理局办公室　　　　2025年7月28日印发
""",
    ),
    dict(
        slug="news-chuanxi-text-dragon-boat-news",
        site="川西晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.chuanxiwb.com/2025/0531/cxwb_18842.html",
        title="荇州龙舟队获全省邀请赛冠军",
        date="2025-05-31",
        notes="title repeated and glued to the lead; 来源 line with time as date",
        page="""
!m 川西晚报网 > 体育 > 本地体育
{T}
!m 2025-05-31 20:11　来源：川西晚报　记者 景一帆
!l 分享到：微信 微博 QQ
{BODY}
!m （编辑：林潇）
!l 相关新闻：端午假期全市接待游客86万人次
!m 川西晚报网 版权所有 未经授权不得转载
""",
        body="""
⟦t 荇州龙舟队获全省邀请赛冠军⟧本报讯　5月31日，在省龙舟邀请赛22人龙舟500米直道竞速决赛中，荇州龙舟队以2分01秒36的成绩夺得冠军。
这支队伍的队员全部来自荇州沿河三个村，白天务农、晚上训练，已连续三年参加全省比赛。
队长谭大勇说，今年队里引进了新的桨频训练方法，队员们的配合更默契了。
""",
    ),
    dict(
        slug="forum-xiangge-text-pigeon-race-rules",
        site="翔鸽论坛 (invented)",
        style="论坛",
        genre="制度",
        kind="rules",
        form="text",
        source="http://bbs.xiangge.org/viewthread.php?tid=66102",
        title="菰城信鸽协会2025年秋季公棚赛竞翔规程",
        record_title="菰城信鸽协会2025年秋季公棚赛竞翔规程（转）",
        date="2025-08-18",
        notes="forum repost; junk lines; decimal numbering kept",
        page="""
!m 翔鸽论坛 » 赛事公告 » 公棚赛讯
!t 菰城信鸽协会2025年秋季公棚赛竞翔规程（转）
!m 作者：鸽友阿飞　时间：2025-8-19 07:42　回复：12　查看：1680
{BODY}
!l 回复：今年决赛距离多少公里？
!l 回复：报名费能不能分期？
!a 您需要登录后才可以回帖　登录 | 注册
""",
        junk=dict(lines=1, glued=2),
        body="""
一、赛事名称：菰城信鸽协会2025年秋季公棚赛。
二、收鸽时间：2025年4月1日至5月31日，每羽报名费300元。
三、比赛安排
3.1 预赛：9月下旬，空距约200公里。
3.2 决赛：10月下旬，空距约500公里，当日归巢鸽按分速排名。
四、奖金分配：决赛奖金按总报名费的70%分配，前10名另颁发奖杯。
五、本规程由菰城信鸽协会负责解释。
菰城信鸽协会
2025年8月18日
""",
    ),
    dict(
        slug="blog-shanfeng-text-ranger-station-diary",
        site="山风护林笔记 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://shanfeng.blog.cn/article/2025-12-28-ranger",
        title="苍岭护林站2025年个人工作小结",
        date="2025-12-28",
        notes="blog text page; numbered list; date under signature only (posting meta relative)",
        page="""
!m 山风护林笔记 —— 一个护林员的山里日子
{T}
!m 发布于 3天前　·　分类：工作　·　阅读 97
{BODY}
!l 上一篇：大雪封山那三天
!l 评论（2）　发表评论
!d 本博客所有文章均为原创，转载请联系博主。
""",
        body="""
2025年就要过去了，按站里要求，写一份个人工作小结。
1.巡山情况。全年巡山286天，累计巡护里程4100多公里，发现并制止违规用火7起。
2.防火宣传。在山脚三个村入户发放防火宣传单1500余份，清明、冬至期间在路口值守21天。
3.野生动物监测。协助县林业局布设红外相机12台，拍到了黑麂、白鹇等珍稀动物。
4.不足之处。对无人机巡护等新设备用得不熟练，明年要多学多练。
苍岭护林站　韦山
2025年12月28日
""",
    ),
    dict(
        slug="wechat-haitang-text-fishing-port-notice",
        site="海棠渔港 公众号镜像 (invented)",
        style="公众号镜像",
        genre="通告",
        kind="notice",
        form="text",
        source="https://wxmp.mirror.haitang.cc/s/Fp0c2xM",
        title="关于海棠渔港伏季休渔期间港区管理的通告",
        record_title="关于海棠渔港伏季休渔期间港区管理的通告",
        date="2025-04-28",
        notes="mirror text; account line with time; 扫码 sentence of the document kept; glued 关注 prompt",
        page="""
!t 关于海棠渔港伏季休渔期间港区管理的通告
!m 海棠渔港管理所　今天 09:12　发表于海棠
!a ↑↑点击上方“海棠渔港”，关注获取最新渔汛资讯
{BODY}
!l 阅读原文
!a 分享　收藏　在看 36
""",
        body="""
根据伏季休渔有关规定，今年伏季休渔时间为5月1日12时至9月16日12时。为加强休渔期间港区管理，现通告如下：
一、休渔渔船应在规定时间前回港，按指定泊位集中停靠，不得擅自离港。
二、休渔期间渔船需要维修、试航的，应提前三天向管理所申请。
三、渔民可扫码进入“智慧渔港”小程序报备船舶动态。⟦a 点个在看，让更多渔民朋友看到⟧
四、对违规出海作业的，依法严肃查处。
海棠渔港管理所
2025年4月28日
""",
    ),
    dict(
        slug="qa-zhidian-text-funeral-subsidy-answer",
        site="知点问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="http://www.zhidianwd.com/a/338120.html",
        title="农村老人去世后丧葬补助金怎么领？",
        record_title="农村老人去世后丧葬补助金怎么领？ - 知点问答",
        date="2025-09-03",
        notes="Q&A text page; answer date line is the page's date",
        page="""
!m 知点问答 > 社会民生 > 社保医保
{T}
!m 提问者：茜原网友　共1条回答
!m 回答者：社保窗口小李　回答时间：2025-09-03
{BODY}
!a 👍 有帮助 12　|　追问　|　分享
!l 相关：城乡居民养老保险个人账户余额能继承吗？
!m 知点问答 © 2025　粤ICP备23001128号
""",
        body="""
参加城乡居民基本养老保险的老人去世后，家属可以申领丧葬补助金，各地标准不同，一般在一千到几千元之间。
办理流程：由家属携带死亡证明（或火化证明）、老人身份证、申领人身份证和银行卡，到村委会或乡镇社保所申报，审核通过后补助金发放到申领人银行卡。
另外，个人账户里的余额也可以由继承人一并领取。
建议先打当地12333咨询一下具体标准和所需材料。
""",
    ),
    dict(
        slug="docshare-yunshu-text-seed-bank-plan-markers",
        site="云书文档 (invented)",
        style="文档分享",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://www.yunshudoc.net/view/1a07c3e6.html",
        title="农作物种质资源库安全运行管理方案",
        record_title="农作物种质资源库安全运行管理方案（可编辑）",
        date=None,
        notes="decorated title; markers Page n glued; no date (template, year-less)",
        page="""
!m 云书文档
!t 农作物种质资源库安全运行管理方案（可编辑）
!m 共4页　|　1.2万次阅读　|　贡献者 seedbank_hz
!a 下载此文档　收藏　打印
{BODY}
!d 该文档为用户上传分享，云书文档仅提供在线预览服务，如有侵权请联系客服删除。
""",
        pages=dict(fmt="Page {n}", every=130, start=2, glue=True, sep=" "),
        body="""
为保障种质资源库长期安全运行，防止种质资源丢失和活力下降，制定本方案。
一、库房管理。低温库温度控制在零下18摄氏度，相对湿度不高于50%；每日两次记录温湿度，异常情况立即报告。
二、种子入库。入库种子应经过清选、干燥和发芽率检测，发芽率低于85%的不得入库。
三、更新繁殖。每五年对库存种子进行一次活力监测，发芽率下降到入库时80%以下的，应及时繁殖更新。
四、安全保卫。库房实行双人双锁管理，安装视频监控和断电报警装置。
""",
    ),
    dict(
        slug="localforum-yunmeng-text-temple-fair-traffic",
        site="云梦镇论坛 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.yunmengbbs.com/thread-8812-1-1.html",
        title="关于三月三庙会期间交通管制的通告",
        record_title="关于三月三庙会期间交通管制的通告",
        date="2025-03-27",
        notes="township forum; indent and gap; glued chrome after 。 and before",
        page="""
!m 云梦镇论坛 » 云梦头条 » 公告通知
{T}
!m 楼主：交警中队　2025-03-28 10:05　查看 4411　回复 39
{BODY}
!l 沙发：庙会那天公交通不通？
!l 板凳：停车场离庙有多远？
!m 云梦镇论坛 客服电话：0716-7331008
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
为保障三月三庙会期间道路交通安全畅通，经研究决定，对庙会周边道路实行临时交通管制，现通告如下：
一、管制时间：2025年3月31日6时至4月1日22时。⟦l 热帖推荐：庙会美食地图来了⟧
二、管制路段：云梦大道（镇政府路口至娘娘庙路口）禁止机动车通行，行人及非机动车可正常通行。
三、临时停车场设在镇中学操场和农贸市场北侧空地。⟦a 本帖已被置顶，点击收藏⟧请驾车群众按指示停放。
四、执行紧急任务的警车、消防车、救护车不受此限。
云梦镇人民政府　　县公安局交警大队云梦中队
2025年3月27日
""",
    ),
]
