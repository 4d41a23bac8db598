"""holdout38, part D: a city study-room keeper's reflections, a heating company's plan in a 文库
reader, a fireworks-ban office, an ancient-tree news item, a model-aircraft forum, a rural film
projectionist's blog, a waste-sorting station's account, a sewage plant head's report, a youth
palace, a wind farm's intranet, a yangge troupe question. All invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _kit import modern, old  # noqa: E402

CASES = [
    dict(
        slug="fanwen-shufang-insight-glued-before-stop",
        site="笔下生花范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.bixiashenghua.example.com/xinde/2025/11/61228.html",
        title="城市书房管理员工作心得体会",
        record_title="城市书房管理员工作心得体会（精选3篇）",
        date=None,
        notes="decorated title; no date anywhere; chrome glued before a 。 and after one; a 'next part' link between paragraphs; tags and writer prompt at the end",
        page="""
!m 笔下生花范文网 ◇ 心得体会频道
!m 位置：首页 / 心得体会 / 工作心得
{T}
!m 更新：昨天 21:40　　热度 ★★★★☆
{BODY}
!l 标签：#城市书房 #图书管理 #工作心得
!w 心得体会写作难？资深写手帮你写，微信同号 139 0743 2218
!d 范文仅供参考学习，禁止商用。
""",
        body="""
来到城市书房当管理员已经一年多了，每天面对安安静静读书的市民，我对这份工作有了更深的认识⟦a [复制]⟧。
一是服务要细心。书房二十四小时开放，夜里来读书的多是加班的年轻人和备考的学生，我们增设了护眼台灯和热水供应。
⟦l 篇二：社区图书室管理员心得体会 ＞＞⟧
二是管理要用心。我们每周整理图书一次，把借阅量高的书放在显眼位置，读者满意度明显提高。⟦a 收藏本文⟧
三是学习要上心。管理员不仅要会上架，还要会推荐好书，我自学了图书分类法和阅读推广课程。
""",
    ),
    dict(
        slug="wenku-gongre-plan-html-marker-paras",
        site="智库文档 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.zhiku-doc.example.com/d/8839201746.html",
        title="莳湾县热力公司2025—2026年度供暖保障工作方案",
        record_title="莳湾县热力公司2025—2026年度供暖保障工作方案 - 智库文档",
        date="2025-10-09",
        notes="文库 reader; page markers ⁅n⁆ as paragraphs between the halves of a cut paragraph; 'continue reading' paywall; the 成文日期 under the signature",
        pages=dict(fmt="⁅{n}⁆", every=120, start=2),
        page=modern(
            "莳湾县热力公司2025—2026年度供暖保障工作方案 - 智库文档",
            top='⟦m 智库文档　海量文档在线阅读⟧ <a>⟦a 登录/注册⟧</a>',
            nav='⟦m 首页　行业资料　公文写作　教育　专题⟧',
            info='⟦m 贡献者：暖冬　｜　共4页　｜　浏览 588　｜　评分 4.6⟧',
            before='<div>⟦a 下载文档　　收藏　　打印　　转存⟧</div>',
            after='<div class="fold">⟦a 还剩2页未读，继续阅读 ∨⟧</div><div>⟦a 开通VIP，畅读全站文档⟧</div>',
            side='⟦l 猜你喜欢：供热企业安全生产责任制　冬季供暖应急预案⟧',
            foot='⟦d 本站文档均由用户上传，如涉及侵权，请通过举报通道提交。⟧ ⟦m 智库文档 版权所有⟧',
        ),
        body="""
为确保今冬明春全县供暖安全稳定，让群众温暖过冬，结合公司实际，制定本方案。
一、供暖时间。本年度供暖期为2025年11月15日至2026年3月15日，遇气温异常可提前或延长供暖。
二、设备检修。10月31日前完成锅炉、换热站和一次管网的检修，更换老旧管道三点六公里，各换热站全部实现远程监控。
三、客服保障。开通二十四小时报修电话，一般故障四小时内处理到位。
莳湾县热力公司
2025年10月9日
""",
    ),
    dict(
        slug="gov-yanhua-notice-old-table-counter",
        site="菰岭县人民政府网 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.guling.example.gov.cn/Html/tzgg/2025/12/8821.html",
        title="菰岭县关于春节期间城区禁止燃放烟花爆竹的通告",
        record_title=None,
        date="2025-12-26",
        notes="old table layout county portal, no record title; a marquee, visitor counter and 【字号】 row in other words; the office's own 举报电话 kept next to the site's phone; date in Chinese numerals",
        page=old(
            "菰岭县人民政府网",
            top='<marquee>⟦m 菰岭县人民政府网欢迎您！今天是：2025年12月26日　星期五⟧</marquee>',
            nav='⟦m 网站首页 ┆ 政务公开 ┆ 政策文件 ┆ 通知通告 ┆ 政民互动 ┆ 办事服务⟧',
            crumb='⟦m 当前位置：网站首页 &gt; 通知通告⟧',
            info='⟦m 发布人：admin　访问量：5630⟧　⟦a 【放大】【标准】【缩小】⟧',
            after='⟦a [打 印] [关 闭]⟧',
            side='⟦l 便民服务⟧<br>⟦l 社保查询⟧<br>⟦l 公积金查询⟧',
            foot='⟦m 主办单位：菰岭县人民政府办公室　联系电话：0745-3221001⟧<br>⟦m 你是第00483122位访问者⟧',
        ),
        body="""
为减少大气污染，保障人民群众生命财产安全，根据有关法律法规，现就春节期间城区禁止燃放烟花爆竹有关事项通告如下。
一、禁放时间：2026年1月1日至3月5日。
二、禁放区域：县城环城路以内区域。
三、违反本通告燃放烟花爆竹的，由公安机关依法予以处罚。
四、市民发现违规燃放行为，可拨打举报电话0745-3210110。
菰岭县烟花爆竹禁放工作领导小组办公室
二〇二五年十二月二十六日
""",
    ),
    dict(
        slug="news-gushu-title-glued-thrice",
        site="苈湖融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.lihu-rongmei.example.cn/content/2025-11/07/c_30881.html",
        title="苈湖县为三百株古树名木建立“健康档案”",
        date="2025-11-07",
        notes="title printed three times, the last glued to the lead; byline with time as the page's date; photo captions and editor lines as meta; 'more' link glued after the last sentence",
        page="""
{T}
!m 苈湖融媒　首页 > 本地 > 正文
{T}
!m 2025年11月07日 10:32　来源：苈湖融媒　编辑：田蕊
!m 图为工作人员为古樟树测量胸径。（通讯员 龙佳 摄）
{T}{BODY}
!m 审核：周亚敏　终审：贺斌
!l 相关新闻：苈湖县完成第二次古树名木资源普查
""",
        body="""
近日，苈湖县林业局完成全县三百零六株古树名木的“体检”，并为每株古树建立了电子健康档案。
档案记录了古树的树龄、树高、胸径、生长状况和周边环境等信息，每株古树都挂上了二维码标牌，市民用手机一扫就能看到古树的“身份信息”。
县林业局负责人介绍，下一步将对十八株长势衰弱的古树实施复壮保护。⟦l 更多 ＞＞⟧
""",
    ),
    dict(
        slug="forum-hangmo-discuz-html-jammer",
        site="云翼航模论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.yunyi-rc.example.com/thread-50213-1-1.html",
        title="关于举办第三届蕨川杯航模邀请赛的通知",
        record_title="【赛事】关于举办第三届蕨川杯航模邀请赛的通知 - 赛事活动 - 云翼航模论坛",
        date="2025-04-01",
        date_also=["2025-04-03"],
        notes="Discuz-like page with jammer fonts glued and between paragraphs; the post date differs from the 成文日期; a group table of the contest kept; signature and rating box as chrome",
        junk=dict(lines=1, glued=2),
        p_html='<div class="t_f">{}</div>',
        page=modern(
            "【赛事】关于举办第三届蕨川杯航模邀请赛的通知 - 赛事活动 - 云翼航模论坛",
            top='⟦m 云翼航模论坛⟧ <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a>',
            nav='⟦m 论坛　固定翼　多旋翼　赛事活动　交易区⟧',
            crumb='⟦m 云翼航模论坛 › 赛事活动 › 查看内容⟧',
            info='⟦m 楼主 蕨川老鹰　发表于 2025-4-3 21:17　|　查看: 1204　|　回复: 36⟧',
            after='<div class="sign">⟦l 签名：飞行有风险，炸机需谨慎⟧</div><div>⟦l 评分　收藏　分享　支持　反对⟧</div><div>⟦l 沙发 小雨点：报名了，F3A组见！⟧</div>',
            side='⟦m 积分 3810　帖子 522　注册时间 2016-5-2⟧',
            foot='⟦m Powered by Discuz! X3.4　© 2001-2025 Tencent Cloud⟧',
        ),
        body="""
各航模俱乐部、航模爱好者：
为推动航空模型运动普及，蕨川县航空运动协会定于5月1日在县通用机场举办第三届蕨川杯航模邀请赛。
组别　项目　人数限制
青少年组　橡筋动力滑翔机　每队4人
公开组　特技遥控飞机　每队2人
报名截止时间为4月25日，请各俱乐部按要求报名。
蕨川县航空运动协会
2025年4月1日
""",
    ),
    dict(
        slug="blog-fangying-film-projectionist-html",
        site="放映员老韦 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://laowei-fangying.example.blog/2025/06/village-cinema",
        title="在村里放了三十年电影",
        record_title="在村里放了三十年电影 | 放映员老韦",
        date="2025-06-14",
        notes="blog with tag cloud and archive sidebar; 'Posted on' byline as the page's date; comment form and share bar; the text speaks of 下载 films (content)",
        page=modern(
            "在村里放了三十年电影 | 放映员老韦",
            top='⟦m 放映员老韦⟧ ⟦m 一块银幕，一束光⟧',
            nav='⟦m 首页　关于　留言板⟧',
            info='⟦m Posted on 2025-06-14 by 老韦　·　阅读 733⟧',
            after='<div>⟦l 分享到：微博 / 豆瓣 / 复制链接⟧</div><div>⟦l 发表回复　您的邮箱地址不会被公开。⟧</div>',
            side='<h3>⟦l 标签云⟧</h3><p>⟦l 露天电影 乡村 老物件 放映机⟧</p><h3>⟦l 文章归档⟧</h3><p>⟦l 2025年6月 (3)　2025年5月 (5)⟧</p>',
            foot='⟦m Theme by Lin. Powered by WordPress.⟧',
        ),
        body="""
从一九九五年扛起放映机，到今年正好三十年。那时候放一场电影，全村老少搬着板凳早早来占位置。
后来有了电视、手机，看露天电影的人少了。现在我们用数字放映机，影片从省里的平台下载，一个硬盘就能装下几百部。
观众也变了，来的多是老人和孩子。放完电影，我常顺便讲讲防诈骗、医保缴费这些事。
只要还有人愿意来看，我就一直放下去。
""",
    ),
    dict(
        slug="wechat-fenlei-insight-text-mirror",
        site="公号阅读站 (invented mirror)",
        style="公众号镜像",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://gzh-yuedu.example.net/a/2025/0312/51877",
        title="做了一年垃圾分类督导员，我有这些体会",
        record_title="做了一年垃圾分类督导员，我有这些体会",
        record_date="2025-03-12",
        date="2025-03-12",
        notes="WeChat-style text mirror; 原创 label, account line, read-more and 在看 bar; a sentence about 关注 the community account kept (content); a 'scan to follow' prompt glued after the last sentence",
        page="""
!m 原创　荀溪街道　荀溪发布　2025-03-12 18:00
{T}
!a 点击蓝字 关注我们
{BODY}
!l 阅读原文　　阅读 2.4万　　赞 316　　在看 88
!l 精选留言：好样的！我们小区也要学起来。
""",
        body="""
去年三月，我成了小区的垃圾分类督导员，每天早晚在投放点站岗两个小时。
刚开始，很多居民不理解，嫌麻烦。我就一户一户上门发分类指南，教大家怎么区分厨余垃圾和其他垃圾。
现在小区分类准确率从不到四成提高到九成以上。社区还开通了积分兑换，居民关注社区公众号就能查积分。
我的体会是：垃圾分类，贵在坚持。⟦a 👇扫码关注，了解更多⟧
""",
    ),
    dict(
        slug="docshare-wushui-report-glued-markers",
        site="文档驿站 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.wendangyizhan.example.com/p-2098813.html",
        title="污水处理厂厂长2025年度述职报告",
        record_title="污水处理厂厂长2025年度述职报告_文档驿站",
        date="2025-12-30",
        notes="document-sharing preview; page markers 〘n〙 glued to the continuation; upload notice; the 成文日期 under the signature",
        pages=dict(fmt="〘{n}〙", every=100, start=2, glue=True),
        page="""
!m 文档驿站　|　热门分类：述职报告
{T}
!m 页数：2　　上传日期：2026-01-08　　浏览：96
{BODY}
!d 该资料来自会员上传，平台已尽审核义务，若有侵权请发送邮件至 jubao@wendangyizhan.example.com
!a ↓ 下载此文档（原格式） ↓
""",
        body="""
一年来，我在公司党委的领导下，带领全厂职工全面完成了污水处理任务，现将履职情况报告如下。
一、全年处理生活污水一千三百二十万吨，出水水质稳定达到一级A标准，达标率百分之百。
二、推进节能降耗，更换高效曝气风机两台，吨水电耗下降百分之八。
三、存在的不足是污泥处置能力仍显不足，明年将推进污泥干化项目建设。
述职人：庞志坚
2025年12月30日
""",
    ),
    dict(
        slug="edu-shaonian-gong-notice-contacts",
        site="蒲云县教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.puyun.example.gov.cn/jydt/2025/0616/3310.html",
        title="蒲云县青少年宫2025年暑期公益课堂开课通知",
        date="2025-06-16",
        notes="education portal; a numbered list; the palace's own 报名电话 and address kept next to the site's 技术支持 line; a 'print' and 'close' row",
        page="""
!m 蒲云县教育网　　　　今天是：星期一
!m 首页 > 教育动态 > 基层动态
{T}
!m 作者：青少年宫　来源：本站原创　日期：2025-06-16　人气：[482]
{BODY}
!a 【打印】　【关闭】　【顶部】
!m 网站技术支持：蒲云县教育信息中心　电话：0739-5201177
""",
        body="""
为丰富全县中小学生暑期生活，县青少年宫将于7月8日开办暑期公益课堂，所有课程免费。
1．开设书法、围棋、舞蹈、篮球、科技制作五个班。
2．每班招收学生三十名，以报名先后为序，额满为止。
3．上课时间为7月8日至8月8日每周一至周五上午。
报名地点：县青少年宫一楼大厅。报名电话：0739-5226612。
""",
    ),
    dict(
        slug="oa-fengdian-docview-html-trail",
        site="岚风新能源协同办公 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.lanfeng-power.example.local/doc/show.do?id=WF-2025-0817",
        title="关于做好风电场台风防御工作的紧急通知",
        date="2025-08-17",
        notes="intranet document view: header fields, 流转记录 and read counts; a 版记 with 抄送 and 印发 kept; the document number neutral",
        page=modern(
            "公文查看 - 岚风新能源协同办公",
            top='⟦m 岚风新能源 ｜ 协同办公平台⟧ ⟦m 当前用户：值班员01⟧',
            nav='⟦m 待办(3)　已办　公文　通讯录　退出⟧',
            info='⟦m 来文单位：生产技术部　　缓急：特急　　登记日期：2025-08-17⟧',
            before='<p>岚风新能〔2025〕46号</p>',
            after='<table><tr><td>⟦m 流转记录：生产技术部 起草 → 分管领导 签发 → 各风电场 签收⟧</td></tr><tr><td>⟦m 阅读人数：58　　未签收：2⟧</td></tr></table><p>⟦a 签收　　批注　　导出⟧</p>',
            foot='⟦d 内部资料　严禁外传⟧',
        ),
        body="""
各风电场：
据气象部门预报，今年第9号台风将于8月19日前后在我省沿海登陆，风电场所在区域将出现十级以上大风。现就做好台风防御工作紧急通知如下。
一、各风电场于18日18时前完成风机偏航、叶片顺桨和变电站门窗加固。
二、台风期间实行二十四小时值班，人员不得登塔作业。
三、灾情险情须在一小时内报告公司应急办。
岚风新能源有限公司
2025年8月17日
抄送：公司领导班子成员。
岚风新能源有限公司办公室　2025年8月17日印发
""",
    ),
    dict(
        slug="qa-yangge-question-html-answer",
        site="乐答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.leda.example.com/question/771903",
        title="社区秧歌队参加县里比赛需要办什么手续？",
        record_title="社区秧歌队参加县里比赛需要办什么手续？ - 乐答",
        date=None,
        notes="Q&A page; site suffix; an answer time 5天前 (relative: no date); vote counts, follow-question button and other answers as chrome",
        page=modern(
            "社区秧歌队参加县里比赛需要办什么手续？ - 乐答",
            top='⟦m 乐答　有问题，就有答案⟧ <a>⟦a 提问⟧</a>',
            nav='⟦m 首页　发现　话题⟧',
            info='⟦a 关注问题　　写回答　　邀请回答⟧ ⟦m 3 个回答　被浏览 1,906 次⟧',
            before='<p>⟦m 文化馆小邹 · 群文辅导员 · 5天前⟧</p>',
            after='<div>⟦l 赞同 87　　反对　　添加评论　　分享　　收藏　　喜欢⟧</div><div>⟦l 查看全部 3 个回答⟧</div>',
            side='⟦l 相关问题：广场舞比赛服装怎么选？　秧歌队怎么申请活动经费？⟧',
            foot='⟦m © 2025 乐答　京ICP证160312号⟧',
        ),
        body="""
一般不需要复杂的手续，按比赛通知的要求报名就行。
第一，看清报名条件。县里的群众文艺比赛通常要求以社区或者乡镇为单位组队，个人不能单独报名。
第二，填写报名表，由社区居委会盖章后报到县文化馆。
第三，队员要购买比赛期间的意外伤害保险，年龄偏大的队员最好做一次体检。
""",
    ),
]
