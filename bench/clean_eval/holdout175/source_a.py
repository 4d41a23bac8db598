"""holdout175, part A: shoelaces (鞋带). Every text, site, person and place invented."""

CASES = [
    dict(
        slug="gov-xiaochuan-shoelace-spotcheck-html",
        site="筱川县人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.xiaochuan.gov.cn/zwgk/scjg/202503/t20250311_40218.html",
        title="筱川县市场监督管理局关于2025年第一季度鞋带产品质量监督抽查结果的通报",
        date="2025-03-07",
        date_also=["2025-03-11"],
        notes="old-style county portal: info table, toolbar, table rows in body, 联系人 beside the portal's 纠错 line",
        page="""
<!DOCTYPE html><html><head><meta charset="gb2312"><title>筱川县市场监督管理局关于2025年第一季度鞋带产品质量监督抽查结果的通报 - 筱川县人民政府</title></head><body>
<table width="1000" align="center"><tr><td class="logo">⟦m 筱川县人民政府⟧ ⟦m 网上政府　阳光筱川⟧</td><td class="tool">⟦a 设为首页 | 加入收藏 | 适老化浏览⟧</td></tr></table>
<div class="nav">⟦m 网站首页　县情概况　信息公开　便民办事　政民互动　专题专栏⟧</div>
<div class="weizhi">⟦m 所在位置：网站首页 >> 信息公开 >> 市场监管 >> 质量抽查⟧</div>
<table class="info">
<tr><td>⟦m 索 引 号：MB1720433-0305-2025-0021⟧</td><td>⟦m 发文机关：筱川县市场监督管理局⟧</td></tr>
<tr><td>⟦m 成文日期：2025年03月07日⟧</td><td>⟦m 公开日期：2025年03月11日⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="zihao">⟦a [ 大字 | 中字 | 小字 ]　[ 打印本文 ]　[ 关闭本页 ]⟧</div>
<div id="zoom">
{BODY}
</div>
<div class="jiucuo">⟦w 页面内容有误？请拨打网站纠错热线 0571-86120909⟧</div>
<div class="near"><p>⟦l 上一篇：筱川县2024年度电梯维保单位信用评价结果公示⟧</p><p>⟦l 下一篇：关于开展春季农资打假专项行动的通知⟧</p></div>
<div class="foot">⟦m 筱川县人民政府办公室 主办　浙ICP备11062301号-2　政府网站标识码：3311270027⟧<br>⟦d 本网站所有信息未经书面许可不得转载⟧</div>
<script>var pv=0;</script>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇人民政府、街道办事处，县级有关单位：
为保障消费者权益，今年一季度我局组织对辖区内生产、销售的鞋带产品开展了质量监督抽查，共抽取样品32批次，其中合格27批次，不合格5批次，不合格发现率15.6%。
序号　标称生产单位　样品名称　不合格项目
1　筱川县织锦线带厂　圆形运动鞋带　断裂强力
2　簕口市宏途织带有限公司　扁平鞋带　色牢度
3　筱川县万步鞋材经营部　反光鞋带　金属头脱落
对抽查不合格的生产企业，我局已依法责令其限期整改，并将组织复查。
联系人：卢佳楠，联系电话：0571-86127344。
筱川县市场监督管理局
2025年3月7日
""",
    ),
    dict(
        slug="news-baiyun-shoelace-factory-html",
        site="簕口新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lekou-news.cn/jj/2024-11/26/content_551902.htm",
        title="簕口一家织带厂靠“小鞋带”年出口超两千万元",
        record_title="簕口一家织带厂靠“小鞋带”年出口超两千万元_经济_簕口新闻网",
        date="2024-11-26",
        notes="modern news template, byline with 发布时间, photo caption glued after a sentence, editor line after body",
        page="""
<html><head><meta charset="utf-8"><title>簕口一家织带厂靠“小鞋带”年出口超两千万元_经济_簕口新闻网</title></head><body>
<header><div class="brand">⟦m 簕口新闻网⟧</div><nav>⟦m 首页 | 时政 | 经济 | 社会 | 文旅 | 视听 | 专题⟧</nav><div class="login">⟦a 登录 / 注册⟧</div></header>
<div class="crumb">⟦m 首页 &gt; 经济 &gt; 产业观察⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-11-26 08:42　来源：簕口日报　记者 吕晨曦⟧</div>
{BODY}
<div class="editor">⟦m 【编辑：盛一帆　审核：陶蓓】⟧</div>
</article>
<aside><h3>⟦l 24小时热榜⟧</h3><ol><li>⟦l 簕口港冬季航线调整一览⟧</li><li>⟦l 这所乡村小学的足球队进了省赛⟧</li></ol></aside>
<footer>⟦d 簕口新闻网版权所有，转载请注明出处⟧　⟦m 互联网新闻信息服务许可证：33120240019⟧</footer>
</body></html>
""",
        body="""
走进簕口经济开发区的恒纬织带厂，上百台编织机飞速运转，一根根彩色鞋带从机器里“吐”出来。⟦m （图为工人在检验鞋带成品。记者 吕晨曦 摄）⟧
“别看鞋带小，讲究可不少。”厂长鲍志远告诉记者，一根合格的鞋带要经过配色、编织、定型、打头等十多道工序，光是塑料头的松紧就要反复试验。
今年以来，该厂开发出可回收涤纶鞋带和夜光鞋带，产品销往东南亚和欧洲，预计全年出口额突破两千万元，带动周边两百多名村民就近就业。
""",
    ),
    dict(
        slug="forum-runners-shoelace-knot-junk",
        site="跑者驿站论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://bbs.paozheyizhan.net/thread-88213-1-1.html",
        title="马拉松赛后心得：一次鞋带松开让我学会的事",
        record_title="马拉松赛后心得：一次鞋带松开让我学会的事 - 装备讨论 - 跑者驿站论坛",
        date=None,
        notes="forum post with floor meta, junk lines and glued junk, relative time not a date",
        junk=dict(lines=2, glued=2),
        page="""
!m 跑者驿站论坛 » 装备讨论 » 正文
!a 发新帖 | 回复 | 只看楼主
{T}
!m 楼主　青山慢跑者　发表于 3 天前　|　查看：1204　回复：37
{BODY}
!l 回复 支持(12) 反对(0) 举报
!m 2楼　风过簕口　前天 21:16
!l 同感！我现在都打双结，再也没散过。
!a 登录后才能回复，没有账号？立即注册
!d 本帖内容仅代表作者观点，与跑者驿站无关
""",
        body="""
上个月的城市马拉松，我在第二十八公里处鞋带松了，蹲下系鞋带的那一分钟里，身边跑过去二十多个人。
当时很懊恼，但后来想明白了，问题不在鞋带，而在赛前准备。起跑前我只是随手系了个蝴蝶结，没有打双结，也没有把多余的部分塞进鞋里。
这次以后，我给自己定了三条规矩：赛前一天试穿比赛鞋，起跑前检查两遍鞋带，长距离训练时也按比赛的方式系。
跑步如此，工作和生活也是如此，很多看起来很小的环节，恰恰决定了最后的结果。
""",
    ),
    dict(
        slug="blog-jiewen-shoelace-grandma-html",
        site="解文的小院 (invented blog)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="html",
        source="https://jiewen.blog.example-host.cn/2024/06/shoelace-grandma.html",
        title="外婆教我系鞋带",
        record_title="【随手记】外婆教我系鞋带 | 解文的小院",
        date="2024-06-02",
        notes="blog: tag cloud, archive, bracketed post time, comment prompt glued to last line",
        page="""
<html><head><meta charset="utf-8"><title>【随手记】外婆教我系鞋带 | 解文的小院</title></head><body>
<div id="header"><h1>⟦m 解文的小院⟧</h1><p class="desc">⟦m 写字、种菜、带娃⟧</p></div>
<div id="menu">⟦m 首页　随手记　读书　菜园　关于我⟧</div>
<div class="post">
<h2>{T}</h2>
<div class="postmeta">⟦m [2024-06-02 21:35]　分类：随手记　阅读(318)　评论(6)⟧</div>
{BODY}
<div class="tags">⟦l 标签：外婆 童年 鞋带⟧</div>
</div>
<div id="sidebar"><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年6月 (4)⟧</li><li>⟦l 2024年5月 (7)⟧</li></ul>
<h4>⟦l 标签云⟧</h4><p>⟦l 菜园 读书 外婆 旅行 孩子⟧</p></div>
<div id="footer">⟦d Copyright © 解文的小院 保留所有权利⟧ ⟦m Powered by 轻博客⟧</div>
</body></html>
""",
        body="""
儿子今天第一次自己系好了鞋带，高兴得满屋子跑。看着他，我想起三十年前外婆教我系鞋带的样子。
外婆不识字，却有她自己的办法。她把两根鞋带比作两只兔子耳朵，让我先捏出一只耳朵，再让另一只绕着它跑一圈，从洞里钻出来。
我学了整整一个下午，她一点也不着急，只是一遍遍地说：“慢慢来，兔子跑不掉。”
后来我教儿子，用的还是这只兔子。⟦l 欢迎在下方留言，说说你的童年⟧
""",
    ),
    dict(
        slug="fanwen-shoelace-safety-speech-decorated",
        site="范文荟萃网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.fanwenhuicui.com/jianghua/2024/5530.html",
        title="在幼儿园“我会系鞋带”生活技能展示活动上的讲话",
        record_title="【精选】在幼儿园“我会系鞋带”生活技能展示活动上的讲话（通用3篇）",
        date="2024-04-18",
        notes="范文 site, decorated title, date under speech title, speaker line neutral, writing-service prompt glued",
        page="""
!m 范文荟萃网 - 您身边的写作助手
!m 当前位置：首页 > 讲话稿 > 教育讲话
{T}
!m 更新时间：2025-01-09　人气：2871
!a 复制全文　下载本文　收藏
（2024年4月18日）
园长　郁晓棠
{BODY}
!l 相关推荐：幼儿园开学典礼园长讲话稿 | 幼儿自理能力培养方案
!w 原创讲话稿定制，加微信 fwhc_2024 咨询
!d 声明：本站范文由网友提供，仅供参考
""",
        indent="　　",
        body="""
亲爱的小朋友们，各位家长、老师们：
今天，我们在这里举行“我会系鞋带”生活技能展示活动。看到小朋友们一个个认真地把鞋带穿好、系紧，我感到非常高兴。
系鞋带是一件小事，却是孩子们学会自己照顾自己的一大步。⟦w 需要本文Word版请联系客服⟧在过去一个月里，老师们利用晨间活动时间，用儿歌、图卡和游戏的方式，手把手地教小朋友们练习。
希望家长朋友们在家里多给孩子动手的机会，不要怕慢，也不要包办代替。
最后，祝小朋友们健康快乐地成长！谢谢大家！
""",
    ),
    dict(
        slug="wenku-shoelace-plan-diamond-markers",
        site="书香文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.shuxiangdoc.cn/view/8a1f27c0b5.html",
        title="鞋带编织车间5S管理推行方案",
        record_title="鞋带编织车间5S管理推行方案.docx",
        date=None,
        notes="文库 preview with page markers ◈2◈ cutting sentences, upload notice, preview-end prompt; no date",
        pages=dict(fmt="◈{n}◈", every=80, start=2, glue=False),
        page="""
!m 书香文库 > 企业管理 > 现场管理
{T}
!m 上传者：qq_8830　页数：4页　格式：docx
!a 免费预览已结束，开通书香会员可阅读全文
{BODY}
!a 下载文档（需8积分）　　加入收藏
!d 本文档由用户上传，如有侵权请联系删除
""",
        body="""
一、推行目的
为改善编织车间现场环境，减少断带、错色和混批，提高鞋带产品一次合格率，车间决定自本月起全面推行5S管理。
二、组织机构
成立5S推行小组，由车间主任任组长，各班组长任组员，质检员负责日常检查和评分。
三、推行步骤
第一阶段为整理整顿，清理车间内的废纱、旧筒管和闲置工装，划定原料区、半成品区和成品区。
第二阶段为清扫清洁，每班下班前十五分钟清扫机台，编织机油污当天清理。
第三阶段为素养提升，每月评选一次5S优秀班组，结果与班组绩效挂钩。
""",
    ),
    dict(
        slug="corp-hengwei-shoelace-recall-html",
        site="恒纬织带有限公司官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.hengweitape.com/news/notice/2025/0214.html",
        title="关于召回部分批次儿童魔术贴鞋带的公告",
        record_title="公司公告丨关于召回部分批次儿童魔术贴鞋带的公告 - 恒纬织带",
        date="2025-02-14",
        notes="company site; recall hotline in document next to a 400 sales line; tail date",
        page="""
<html><head><meta charset="utf-8"><title>公司公告丨关于召回部分批次儿童魔术贴鞋带的公告 - 恒纬织带</title></head><body>
<div class="top">⟦m 恒纬织带 · 专注织带二十年⟧ <span>⟦w 全国销售热线：400-820-6618⟧</span></div>
<ul class="nav"><li>⟦m 关于我们⟧</li><li>⟦m 产品中心⟧</li><li>⟦m 新闻资讯⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="path">⟦m 首页 / 新闻资讯 / 公司公告⟧</div>
<h2>{T}</h2>
<p class="info">⟦m 2025.02.14　浏览：562⟧</p>
{BODY}
<div class="pn">⟦l ← 返回列表⟧　⟦l 下一条：恒纬织带通过OEKO-TEX认证⟧</div>
<div class="foot">⟦m 地址：簕口经济开发区纬三路18号⟧　⟦d © 2025 恒纬织带有限公司 版权所有⟧　⟦m 浙ICP备19088120号⟧</div>
</body></html>
""",
        body="""
我公司在产品自查中发现，2024年10月生产的部分儿童魔术贴鞋带，粘扣带缝线存在脱线可能，可能造成鞋子松脱，存在儿童绊倒风险。
本次召回涉及批号HW241008至HW241015，共计12600副。
请已购买上述产品的消费者立即停止使用，并拨打召回专线0574-86551120或发送邮件至recall@hengweitape.com，我公司将免费更换或退款。
由此给您带来的不便，我们深表歉意。
恒纬织带有限公司
2025年2月14日
""",
    ),
    dict(
        slug="qa-shoelace-length-answer",
        site="问问看 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.wenwenkan.cn/q/3381205.html",
        title="鞋带长度怎么选？六孔的鞋配多长的鞋带？",
        record_title=None,
        date=None,
        notes="Q&A with question as title (missing in record), answer meta, relative time, vote bar",
        page="""
!m 问问看 - 有问题，就问问看
!m 问问看 > 生活 > 服饰
鞋带长度怎么选？六孔的鞋配多长的鞋带？
!m 提问者：匿名用户　2小时前
!l 我来回答　关注问题
!m 最佳答案　|　鞋材老周　回答于 1小时前
{BODY}
!l 有用(86)　没用(2)　评论(5)
!l 相关问题：鞋带太长怎么系好看？　魔术贴鞋和系带鞋哪个好？
!d 本回答由网友提供，不代表本站立场
""",
        body="""
鞋带长度主要看鞋眼数量和穿法。
一般来说，四孔鞋配90厘米左右，五孔鞋配100到110厘米，六孔鞋配120厘米，七孔鞋配140厘米。
如果用直穿法，可以比常规短5到10厘米；如果喜欢打双结，可以再长10厘米。
买之前最好量一下旧鞋带，比照着买最稳妥。
""",
        title_in="missing",
    ),
    dict(
        slug="print-shoelace-school-rule-print",
        site="籁田县实验小学 (invented), print view",
        style="打印页",
        genre="制度",
        kind="rule",
        form="text",
        source="http://www.ltsyxx.cn/print.asp?id=2307",
        title="籁田县实验小学学生体育课着装与鞋带安全规定",
        record_title="打印预览 - 籁田县实验小学学生体育课着装与鞋带安全规定",
        date="2024-09-02",
        notes="print view: print header, url and print stamp at bottom (not dates), numbered articles, date under signature",
        page="""
!a 【打印本页】【关闭窗口】
!m 籁田县实验小学
{T}
{BODY}
!m 本文地址：http://www.ltsyxx.cn/news.asp?id=2307
!m 打印时间：2025-03-19 10:02
!m 〘 1 ╱ 1 〙
""",
        body="""
第一条　为预防体育课和大课间活动中的意外伤害，结合我校实际，制定本规定。
第二条　学生上体育课应穿运动服和运动鞋，不得穿拖鞋、凉鞋和皮鞋。
第三条　运动鞋鞋带应在课前系紧，提倡打双结；鞋带过长的，应将多余部分塞入鞋内。
第四条　体育教师在课前检查学生着装和鞋带，发现问题及时提醒纠正。
第五条　本规定自发布之日起施行，由学校体育组负责解释。
籁田县实验小学
2024年9月2日
""",
    ),
    dict(
        slug="mail-shoelace-sample-fwd",
        site="webmail forward (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://inbox/2025-01/fwd-9931",
        title="关于确认春季订单鞋带样品的函",
        record_title="Fwd: 关于确认春季订单鞋带样品的函",
        date="2025-01-08",
        date_also=["2025-01-09"],
        notes="forwarded mail headers, attachment list kept, contact in body, mail footer chrome",
        page="""
!m 发件人：采购部 钟蔚 <zhongwei@xingyue-shoes.cn>
!m 发送时间：2025年1月9日 星期四 09:14
!m 收件人：业务部
!m 主题：Fwd: 关于确认春季订单鞋带样品的函
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!a 下载全部附件　|　在线预览
!d 此邮件由极讯企业邮箱发送，请勿直接回复系统通知
""",
        body="""
恒纬织带有限公司：
我司春季订单所需鞋带样品已于1月6日收到，经技术部检验，颜色、长度和金属头规格均符合要求，仅米白色一款编织密度略低，请贵司调整后补寄一份。
其余款式请按样品组织生产，交货期为2月28日前。
联系人：钟蔚，电话：0574-87210635。
附件：1.样品检验记录表
2.春季订单交货明细
星越鞋业有限公司采购部
2025年1月8日
""",
    ),
    dict(
        slug="training-shoelace-lace-art-course-html",
        site="巧手坊手作培训 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qiaoshoufang.cn/kecheng/2025/shoelace-art.html",
        title="巧手坊寒假“鞋带编织手链”亲子手作课招生通知",
        record_title="学员必看｜巧手坊寒假“鞋带编织手链”亲子手作课招生通知",
        date="2025-01-03",
        notes="training school: consult float box and 400 line; document's own 报名电话 kept; schedule table rows",
        page="""
<html><head><meta charset="utf-8"><title>学员必看｜巧手坊寒假“鞋带编织手链”亲子手作课招生通知</title></head><body>
<div class="hd">⟦m 巧手坊手作培训中心⟧ ⟦w 免费试听热线 400-661-2030⟧</div>
<div class="menu">⟦m 课程体系 | 师资团队 | 学员作品 | 报名须知⟧</div>
<div class="float">⟦w 在线咨询 | 预约试听 | 领取资料⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 发布日期：2025-01-03　作者：教务处⟧</p>
{BODY}
<div class="share">⟦l 分享到：朋友圈 微博 复制链接⟧</div>
<div class="ft">⟦d 巧手坊 版权所有 未经授权禁止复制⟧</div>
</body></html>
""",
        body="""
寒假将至，巧手坊推出“鞋带编织手链”亲子手作课，用彩色鞋带编出手链、钥匙扣和书签，锻炼孩子的动手能力和耐心。
班次　上课时间　适合年龄
A班　1月18日至1月20日上午　6至9岁
B班　1月22日至1月24日下午　9至12岁
每班限12组家庭，材料由本中心提供。
报名电话：0571-88137206（李老师）。
""",
    ),
]
