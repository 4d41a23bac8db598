"""holdout97, part D: a skin-disease (leprosy) control station, a windmill protection plan,
a seaplane's first flight, a tortoise-release pledge, a razor-clam farmer's blog, a magnolia
festival account, a broad-bean factory's rules, a malaria letter to parents, a water-bus
company's intranet and a desert-poplar volunteer's essay on a Q&A. Everything invented; see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-jinzhang-summary-skin-station-ghostwriter",
        site="锦章范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.jinzhang-fw.example.com/zongjie/danwei/33187.html",
        title="砭川县皮肤病防治站2024年工作总结",
        record_title="【精选】砭川县皮肤病防治站2024年工作总结（通用版）",
        date="2024-12-30",
        notes="范文 site text: a writing-service line between body paragraphs, a membership line, a 'this article's address' line and a related list; 成文日期 under the signature",
        page="""
!m 锦章范文网 — 单位工作总结
!m 首页 » 工作总结 » 单位工作总结
!t 【精选】砭川县皮肤病防治站2024年工作总结（通用版）
!m 时间：2024-12-31　编辑：锦章小编　热度：1876℃
{BODY}
!m 本文地址：https://www.jinzhang-fw.example.com/zongjie/danwei/33187.html
!a 开通锦章VIP，全站范文一键导出Word
!l 推荐阅读：疾控中心年度工作总结 ｜ 卫生院公共卫生工作总结 ｜ 防保站工作总结
""",
        body="""
2024年，我站在县卫生健康局的正确领导下，紧紧围绕麻风病防治和皮肤病诊疗两项核心任务，各项工作取得了新的成效。
一、麻风病防治工作
全年开展麻风病线索调查2次，对可疑症状者进行检查96人次，未发现新发病例。对现症病人和治愈存活者开展随访，完成畸残康复护理指导48人次。
二、康复村服务工作
为康复村28位老人建立健康档案，每月上门巡诊一次，协调民政部门为老人落实低保和护理补贴。
⟦w 需要各类总结原创代写，百元起，微信搜索：jinzhang_wz⟧
三、皮肤病门诊工作
全年门诊接诊皮肤病患者1.1万人次，开展皮肤病健康讲座12场，发放宣传资料5000余份。
四、存在问题和下一步打算
站里专业技术人员年龄偏大，人才梯队建设滞后。2025年，我们将积极引进年轻医生，加强业务培训，推动防治工作再上新台阶。
砭川县皮肤病防治站
2024年12月30日
""",
    ),
    dict(
        slug="wenku-fangcun-plan-windmill-html-markers",
        site="方寸文库 (invented, HTML reader)",
        style="文库预览",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://www.fangcun-wenku.example.com/doc/4471093.html",
        title="礅山风车磨坊保护利用工作方案",
        record_title="礅山风车磨坊保护利用工作方案（可编辑）- 方寸文库",
        date="2025-03-21",
        notes="文库 reader in HTML: ⸨N⸩ page markers as paragraphs cutting a paragraph; page count, rating, a pay wall and a VIP prompt; an upload notice; a 'more from this uploader' list",
        p_html='<p class="reader-txt">{}</p>',
        pages=dict(fmt="⸨{n}⸩", every=150, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>礅山风车磨坊保护利用工作方案（可编辑）- 方寸文库</title></head>
<body><div class="hd">⟦m 方寸文库⟧ ⟦a 上传文档⟧ ⟦a 登录⟧</div>
<div class="crumb">⟦m 方寸文库 › 行业资料 › 文化旅游⟧</div>
<h1>{T}</h1>
<div class="docinfo">⟦m 4页　｜　评分 4.6　｜　1,092人阅读⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 剩余内容需付费查看，本文档售价 3.80 元⟧</div>
<div class="vip">⟦a 开通文库VIP，海量文档免费下⟧</div>
<div class="note">⟦d 本文档由网友上传至方寸文库，内容仅代表上传者观点；如有侵权，请联系客服删除⟧</div>
<div class="more"><h4>⟦l 该用户的其他文档⟧</h4><p>⟦l 古村落保护规划编制说明⟧</p><p>⟦l 非遗工坊建设实施方案⟧</p></div>
</body></html>
""",
        body="""
为做好礅山风车磨坊的保护和合理利用，传承农耕文化，推动文旅融合发展，结合实际，制定本方案。
一、保护原则。坚持保护为主、抢救第一、合理利用、加强管理的方针，保持风车磨坊的历史原貌，不得擅自改建和扩建。
二、保护措施。由县文物保护中心每季度对风车叶片、传动木轴和石磨进行一次安全检查，建立日常巡查和维修档案；大风天气前要提前锁定叶片，防止损坏。
三、利用方式。在磨坊周边建设农耕文化展示区，开展磨面体验和研学活动，每年接待研学学生不少于三千人次。
四、保障措施。县财政每年安排专项保护经费，磨坊所在村成立保护小组，负责日常看护。
礅山县文化广电和旅游局
2025年3月21日
""",
    ),
    dict(
        slug="news-panling-seaplane-first-flight-title-twice",
        site="磻岭晚报网 (invented news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.panling-wb.example.cn/news/2025-06/28/content_38817.htm",
        title="磻岭水上机场首条水上飞机航线试飞成功",
        date="2025-06-28",
        notes="news text: headline twice (once as a share title), a time line, a photo caption between paragraphs, an editor line after the text, reporter hotline and app prompts",
        page="""
!m 磻岭晚报网　首页 ｜ 磻岭新闻 ｜ 社会 ｜ 视觉
!t 磻岭水上机场首条水上飞机航线试飞成功_磻岭晚报网
!m 2025年06月28日 07:55　来源：磻岭晚报　记者 易晗 通讯员 申泽
!a 分享：
!t 磻岭水上机场首条水上飞机航线试飞成功
{BODY}
!m 【责编：尚蓓　值班主任：龙剑】
!w 新闻热线：0776-2609110（24小时有奖报料）
!a 下载晚报App，看更多本地新闻
""",
        body="""
6月27日上午10时，一架水上飞机从磻岭通用航空水上机场水面滑行起飞，经过40分钟飞行，平稳降落在南湾海域，磻岭首条水上飞机航线试飞成功。
该航线连接磻岭市区和南湾海岛，全程约110公里，正式开通后，两地往返时间将由原来乘船的3个多小时缩短至40分钟左右。
⟦m 水上飞机在磻岭水上机场水域滑行。（记者 易晗 摄）⟧
据水上机场负责人介绍，该机型可搭载乘客9人，具备水面起降能力，适合海岛间短途运输和应急救援。
目前，航线已完成各项验证飞行，预计8月正式对外运营。
""",
    ),
    dict(
        slug="forum-guiyou-pledge-tortoise-release-jammer",
        site="龟友之家论坛 (invented, Discuz-like)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://bbs.guiyou-home.example.net/thread-57702-1-1.html",
        title="关于拒绝随意放生外来龟类的倡议",
        record_title="【置顶】关于拒绝随意放生外来龟类的倡议 - 新手交流区 - 龟友之家",
        date="2025-05-20",
        date_also=["2025-05-23"],
        notes="Discuz page: jammer fonts (a line and glued after 。), moderator badge, top-post label, reply box; the pledge dated three days before the post",
        p_html="<div>{}</div>",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>【置顶】关于拒绝随意放生外来龟类的倡议 - 新手交流区 - 龟友之家</title></head>
<body><div id="toptb">⟦m 龟友之家 —— 科学养龟 文明养龟⟧　⟦a 快捷登录⟧</div>
<div id="pt">⟦m 龟友之家 › 新手交流区 › 正文⟧</div>
<div class="pls">⟦m 版主·老墨龟⟧ ⟦m 发帖 3912　龟币 8850⟧</div>
<div class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-5-23 21:45　|　置顶帖⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 签名：十年龟友，只聊科学饲养⟧</div>
<div class="po">⟦a 回复　引用　评分　举报⟧</div></div>
<div id="f_pst">⟦a 回帖需要先登录，欢迎注册成为龟友⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4 © 龟友之家⟧</div>
</body></html>
""",
        body="""
各位龟友：
近年来，一些人出于好意，把巴西红耳龟、拟鳄龟等外来龟类放生到河流、池塘里。这些外来龟适应能力强，会与本地龟争夺食物和栖息地，有的还会捕食鱼苗和蛙类，对本地生态造成严重破坏。
为此，本论坛向全体龟友倡议：
一、不购买、不饲养来源不明的龟类，不购买国家禁止交易的保护物种。
二、养了外来龟，就要负责到底，不随意丢弃，更不放生到野外。
三、实在无法继续饲养的，可以在论坛“领养区”发帖转给其他龟友，或联系当地野生动物救护站接收。
四、发现有人在公园、河道放生外来龟的，及时劝阻并向林业部门反映。
龟友之家论坛管理组
2025年5月20日
""",
    ),
    dict(
        slug="blog-chengtian-razor-clam-wrapped",
        site="蛏田老秦 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://chengtian-laoqin.example-blog.cn/post/2024/10/03/shinian",
        title="蛏田里的第十个年头",
        record_title="蛏田里的第十个年头 - 蛏田老秦 - 个人博客",
        date="2024-10-03",
        notes="blog text hard-wrapped at 58 columns with blank lines between paragraphs; post line 发表于 gives the date; category, visitor and comment counts, a 'subscribe by RSS' line, previous/next",
        indent="\u3000\u3000",
        wrap=58,
        gap=True,
        page="""
!m 蛏田老秦 · 海边人的流水账
!t 蛏田里的第十个年头 - 蛏田老秦 - 个人博客
!m 发表于 2024年10月3日　分类：养殖日记　阅读 566　评论 12
{BODY}
!l ← 上一篇：台风过后补苗记　　下一篇：给女儿讲蛏子怎么钻泥 →
!a 通过 RSS 订阅本博客
!m 蛏田老秦的博客 © 2015-2024
""",
        body="""
今年是我回礤城老家养蛏子的第十个年头。十年前，我辞掉城里的工作，接过父亲的二十亩蛏田，村里不少人说我是一时冲动。
刚开始那两年，苗放下去，收上来不到一半。后来跟着县里的技术员学，才知道蛏田要先翻耕晒埕，放苗的密度也有讲究，不是越密越好。
现在我的蛏田扩大到六十亩，每年能收蛏子四万多斤，去年还跟县里的蛏苗繁育基地签了协议，用上了本地培育的苗种，成活率比过去高了不少。
十年下来，最大的体会是，海里的活计急不得，顺着潮水的脾气来，蛏田才会一年比一年好。
""",
    ),
    dict(
        slug="wechat-jianghu-magnolia-festival-html",
        site="礓湖文旅 (invented account, WeChat-style mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://mp-jingxiang.example.com/s/jianghu-wenlv/20250315-a",
        title="第五届玉兰花节开幕，这份赏花攻略请收好",
        record_title="第五届玉兰花节开幕，这份赏花攻略请收好｜礓湖文旅",
        date="2025-03-15",
        notes="WeChat-style mirror: account name and date line, a 'click the blue words to follow' line, a recommended-reading list, 阅读原文/在看/赞 row; the guide's own 扫码 reservation sentence is body",
        p_html='<section><p style="font-size:15px;">{}</p></section>',
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>第五届玉兰花节开幕，这份赏花攻略请收好｜礓湖文旅</title></head>
<body><div class="mirror">⟦m 公众号镜像 · 礓湖文旅⟧</div>
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 礓湖文旅　2025年3月15日 17:02　甘肃⟧</div>
<p class="lead">⟦a 点击上方蓝字「礓湖文旅」关注我们⟧</p>
<div id="js_content">
{BODY}
</div>
<div class="tail">⟦l 推荐阅读：礓湖春季踏青路线来了 ｜ 玉兰谷民宿入住指南⟧</div>
<div class="bar">⟦a 阅读原文⟧ ⟦a 赞 317⟧ ⟦a 在看 45⟧</div>
<div class="mirror-foot">⟦d 内容来源于公众号，本站仅做镜像存档⟧</div>
</body></html>
""",
        body="""
3月15日上午，礓湖县第五届玉兰花节在望湖镇玉兰谷开幕。目前，谷内三万余株玉兰陆续进入盛花期，预计最佳观赏期持续到3月底。
赏花地点：主会场玉兰谷，距县城约18公里；分会场滨湖公园，位于县城东侧，适合带老人孩子就近游览。
交通出行：花节期间，每天8:00至17:00从县客运站开通赏花专线，每30分钟一班。自驾游客请在谷口停车场停车，步行或乘坐接驳车进入景区。
温馨提示：玉兰谷实行预约入园，游客可扫描景区入口处的二维码提前预约，每日限流一万人。请不要攀折花枝，共同守护春天的美好。
""",
    ),
    dict(
        slug="docshare-douye-rules-broad-bean-workshop",
        site="共享文档馆 (invented sharing page)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.gongxiang-wdg.example.com/view/1208837.html",
        title="砝城豆业蚕豆加工车间安全操作规程",
        record_title="砝城豆业蚕豆加工车间安全操作规程.wps",
        date="2025-04-25",
        notes="sharing page: file-name title, uploader line, 'full text after download' prompt, a favourites/report row; the rules speak of 扫码 and 打印 as content; signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>砝城豆业蚕豆加工车间安全操作规程.wps - 共享文档馆</title></head>
<body><div class="hd">⟦m 共享文档馆　让知识流动起来⟧</div>
<div class="path">⟦m 首页 / 企业管理 / 安全生产⟧</div>
<h1>{T}</h1>
<div class="up">⟦m 贡献者：douye_aq　｜　3页　｜　6.2万字节⟧</div>
<div class="doc">
{BODY}
</div>
<div class="end">⟦a 以上为部分预览，下载后可查看完整文档⟧</div>
<div class="ops">⟦a 收藏　｜　举报⟧ ⟦a 立即下载⟧</div>
<div class="ft">⟦d 文档均由用户上传，平台不对内容的准确性负责⟧</div>
</body></html>
""",
        body="""
一、操作人员须经安全培训合格后方可上岗，上岗前须扫描车间门口的二维码完成当班安全确认。
二、脱壳机、分级机运行时，严禁将手伸入进料口和出料口，清理堵料必须停机断电并挂牌。
三、蒸煮工序操作人员须佩戴防烫手套，开启蒸煮锅前应先泄压。
四、车间内严禁吸烟和使用明火，油炸工序须配备灭火毯和灭火器。
五、交接班时，当班班长须打印设备运行记录并签字，交下一班核对。
六、发生机械伤害等事故，应立即停机，报告车间主任，并拨打厂内急救电话。
砝城豆业有限公司
2025年4月25日
""",
    ),
    dict(
        slug="edu-bei-yuan-letter-malaria-parents-receipt",
        site="碚原县实验小学 (invented, school page on the education portal)",
        style="教育门户",
        genre="致家长信",
        kind="letter",
        form="text",
        source="http://www.beiyuan-edu.example.cn/xxdt/syxx/2025/0708/2210.html",
        title="致家长的一封信——暑期出境旅行请做好疟疾预防",
        date="2025-07-08",
        notes="education portal text: the letter with a 回执 with blank fields (kept), a school's own health-office phone in the body beside the portal's supervision line; click counter and print row",
        page="""
!m 碚原教育网 ｜ 学校动态 ｜ 实验小学
!t 致家长的一封信——暑期出境旅行请做好疟疾预防-碚原教育网
!m 作者：校医室　来源：碚原县实验小学　点击数：739　更新时间：2025-07-08
{BODY}
!a 【打印此文】【关闭窗口】
!m 教育督导举报电话：0733-8201 512
""",
        body="""
尊敬的家长：
暑假即将来临，不少家庭计划出境旅行。疟疾是经蚊虫叮咬传播的传染病，在非洲、东南亚等部分地区仍较常见。为保护孩子和家人的健康，请您注意以下几点：
一、出行前，了解目的地疟疾流行情况，备好驱蚊液、蚊帐等防蚊用品。
二、旅行期间，尽量穿长袖衣裤，夜间使用蚊帐，避免在傍晚和夜间到草丛、水边活动。
三、回国后一个月内，如孩子或家人出现发热、寒战等症状，请及时到医院就诊，并主动告诉医生旅行经历。
如有疑问，可咨询学校校医室，电话：0733-8207 760。
碚原县实验小学
2025年7月8日
回执
我已阅读《致家长的一封信》，将做好暑期出行防护。
学生姓名：________　班级：________　家长签名：________
""",
    ),
    dict(
        slug="oa-binhe-shuiba-notice-water-bus-banji",
        site="滨河水上巴士公司协同办公 (invented intranet, HTML)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.shuiba.example.local/gw/fw/2025/0528-12",
        title="关于印发《水上巴士汛期运营管理办法》的通知",
        record_title="内网公文-关于印发《水上巴士汛期运营管理办法》的通知",
        date="2025-05-28",
        notes="intranet document view: document number (neutral), 抄送 and 印发 版记 kept, a read-count line, signing and routing trail, watermark line, export buttons",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>内网公文-关于印发《水上巴士汛期运营管理办法》的通知</title></head>
<body><div class="sys">⟦m 滨河水上巴士公司协同办公平台⟧　⟦m 当前用户：调度中心 严可⟧</div>
<div class="path">⟦m 公文管理 &gt; 发文查阅⟧</div>
<h2>{T}</h2>
<p class="wh">滨水巴〔2025〕12号</p>
<div class="view">
{BODY}
</div>
<div class="wm">⟦d 内部公文　严禁截屏外传⟧</div>
<div class="ops">⟦a 导出　｜　打印　｜　收藏⟧</div>
<div class="flow">⟦l 签批记录：总经理 陶峻 同意（2025-05-27）⟧<br>⟦l 已阅 37 人 ／ 未阅 5 人⟧</div>
</body></html>
""",
        body="""
各部门、各船队：
《水上巴士汛期运营管理办法》已经公司总经理办公会研究通过，现印发给你们，请认真贯彻执行。
汛期是水上巴士运营安全的关键时期，各部门要严格落实停航标准，加强船舶和码头设施检查，确保汛期运营安全。
附件：水上巴士汛期运营管理办法
滨河水上巴士有限公司
2025年5月28日
抄送：市交通运输局水上交通科，市海事处。
滨河水上巴士有限公司综合办公室　2025年5月28日印发
""",
    ),
    dict(
        slug="qa-zhiwu-essay-desert-poplar-volunteer",
        site="知物问答 (invented)",
        style="问答社区",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.zhiwu-qa.example.com/q/66170283",
        title="胡杨林志愿巡护心得体会",
        record_title="求一篇胡杨林志愿巡护心得体会，急！！",
        date="2025-10-09",
        notes="Q&A text: the asker's question as the record title, the essay's title in the answer; 回答于 date; 采纳 label, vote row, other answers",
        page="""
!m 知物问答 › 文学写作
!m 求一篇胡杨林志愿巡护心得体会，急！！
!m 悬赏 20 积分　｜　浏览 1,317
!m 最佳答案　砗川小杨　回答于 2025-10-09 22:14
{T}
{BODY}
!a 👍 有用 58　　👎 没用 3
!l 其他 4 条回答 >
!l 相关问题：志愿服务心得体会结尾怎么写？
""",
        body="""
国庆假期，我参加了砗川县胡杨林保护站组织的志愿巡护活动，跟着护林员在林子里走了整整五天。
出发前，我以为巡护就是在林子里散散步。真正走起来才知道，戈壁上的路全是沙子，一天走下来十几公里，鞋子里倒出来的沙能装半杯。
护林员马师傅在这片林子里巡护了二十六年。他告诉我们，胡杨“生而千年不死，死而千年不倒，倒而千年不朽”，可是一把火、一次偷挖，就可能毁掉几百年的林子。
五天里，我们清理了林间垃圾，检查了防火隔离带，还帮着修补了两处被风沙埋住的巡护步道。
这次巡护让我明白，保护生态不是一句口号，而是像马师傅那样，一步一步、一年一年地坚守。
""",
    ),
]
