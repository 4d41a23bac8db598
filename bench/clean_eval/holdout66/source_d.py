"""holdout66, part D: skating rinks, roller rinks and their skaters, coaches and operators. Invented text."""

CASES = [
    dict(
        slug="gov-chenzhou-rink-subsidy-opinion-html",
        site="琛州市体育局 (invented)",
        style="政府门户",
        genre="意见",
        kind="other",
        form="html",
        source="http://tyj.chenzhou.gov.cn/zfxxgk/fdzdgknr/202410/t20241018_77102.html",
        title="琛州市体育局关于支持社会力量建设公共滑冰场的实施意见",
        record_title="琛州市体育局关于支持社会力量建设公共滑冰场的实施意见_琛州市体育局",
        date="2024-10-16",
        date_also=["2024-10-18"],
        notes="信息公开 index table; document number neutral; 抄送/印发 版记 kept; 关怀版 row",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>琛州市体育局关于支持社会力量建设公共滑冰场的实施意见_琛州市体育局</title>
<script>var _paq=[];</script></head><body>
<div class="topbar">⟦a 关怀版⟧ ⟦a 繁體⟧ ⟦a 智能问答⟧</div>
<div class="logo">⟦m 琛州市体育局⟧</div>
<div class="crumb">⟦m 首页 ＞ 政府信息公开 ＞ 法定主动公开内容⟧</div>
<table class="meta"><tr><td>⟦m 索引号：000014349/2024-10218⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发文日期：2024-10-18⟧</td><td>⟦m 成文日期：2024-10-16⟧</td></tr></table>
<h1>{T}</h1>
<p class="wh">琛体发〔2024〕21号</p>
{BODY}
<div class="tool">⟦a 【我要纠错】⟧ ⟦a 【打印】⟧ ⟦a 【收藏】⟧</div>
<div class="footer">⟦m 琛州市体育局主办　地址：琛州市体育路6号⟧ ⟦m 湘公网安备43100202000455号⟧</div>
</body></html>
""",
        body="""
各县市区体育主管部门：
为推动冰雪运动进社区，现就支持社会力量建设公共滑冰场提出以下意见。
一、鼓励利用闲置厂房、商业综合体建设室内滑冰场，面积不小于1200平方米。
二、对向中小学生免费或低收费开放的滑冰场，按每平方米100元给予一次性建设补助，最高不超过50万元。
三、滑冰场应配备持证救护人员和急救设施。
琛州市体育局
2024年10月16日
抄送：市财政局，市教育局。
琛州市体育局办公室　2024年10月18日印发
""",
    ),
    dict(
        slug="news-jinhe-evening-rink-opening",
        site="瑾河晚报 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jinhewb.com/content/2024-12/08/021507.html",
        title="瑾河首座室内真冰场开门迎客",
        record_title="瑾河首座室内真冰场开门迎客",
        record_date="2024-12-08",
        date="2024-12-08",
        notes="record date; title glued to the lead; photo caption between; share bar",
        page="""
!m 瑾河晚报网 | 城事
!m 2024年12月08日 10:26　来源：瑾河晚报　记者：向南
{BODY}
!l 分享到：微信好友　朋友圈　微博
!l 热点新闻　● 城东菜市场改造完工　● 今冬首场雪将至
!d 瑾河晚报社版权所有，转载请注明出处
""",
        body="""
⟦t 瑾河首座室内真冰场开门迎客⟧本报讯 12月7日，位于万象城四楼的瑾河首座室内真冰场正式营业，首日接待市民1300余人次。
冰场面积1800平方米，可同时容纳300人滑行，设有儿童教学区和花样滑冰训练区。
⟦m 开业首日，小朋友在教学区学习滑冰。向南 摄⟧
冰场负责人介绍，每周二下午将向全市中小学生免费开放。
""",
    ),
    dict(
        slug="forum-huabing-roller-club-summary-junk",
        site="轮滑吧论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://bbs.lunhuaba.com/t/58271",
        title="晨风轮滑俱乐部2024年活动总结",
        record_title="[原创] 晨风轮滑俱乐部2024年活动总结",
        date="2024-12-29",
        notes="forum with junk glued and on lines; edited stamp",
        page="""
!m 轮滑吧论坛 > 俱乐部专区
!t [原创] 晨风轮滑俱乐部2024年活动总结
!m 作者：风一样的阿杰　2024-12-29 22:40　楼主
{BODY}
!m 本帖最后由 风一样的阿杰 于 2025-1-2 10:03 编辑
!l 顶　　踩　　收藏本帖
!l 1# 小鱼儿：明年继续刷街！
""",
        junk=dict(lines=2, glued=2),
        body="""
2024年俱乐部新增会员58人，总人数达到213人。全年组织周末刷街活动46次，累计参与2100余人次。
我们还在8月承办了全市轮滑速度赛，会员获得金牌3枚。
安全方面，全年无重大伤害，只有两起轻微擦伤。
明年计划开设成人零基础班，并与两所小学合作开展轮滑进校园。
""",
    ),
    dict(
        slug="blog-bingren-coach-notes-html",
        site="冰刃手记 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://bingrenshouji.example.blog/archives/219",
        title="教孩子滑冰的三个误区",
        record_title="【随记】教孩子滑冰的三个误区 | 冰刃手记",
        date="2025-01-14",
        notes="WordPress-like blog; bracketed post time; comment form",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【随记】教孩子滑冰的三个误区 | 冰刃手记</title></head><body>
<header><p class="site-title">⟦m 冰刃手记⟧</p><p class="desc">⟦m 一个短道教练的碎碎念⟧</p></header>
<main><h1>{T}</h1>
<div class="entry-meta">⟦m [2025-01-14 21:30] 分类：教学⟧</div>
{BODY}
<div class="share">⟦l 喜欢就分享给朋友吧⟧</div>
<div id="respond">⟦l 发表回复　您的邮箱地址不会被公开⟧</div>
</main>
<aside>⟦l 近期文章⟧ ⟦l 冰刀怎么磨⟧ ⟦l 护具选购清单⟧</aside>
<footer>⟦m 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
误区一：一上冰就急着滑。其实先要学会摔倒和站起来，这比往前滑更重要。
误区二：鞋买大一号好长脚。冰鞋大了脚踝没有支撑，孩子容易崴脚。
误区三：家长在场边不停喊。孩子越紧张越滑不好，不如让教练带。
""",
    ),
    dict(
        slug="wechat-shanghu-rink-youth-camp-mirror",
        site="公号存档馆 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://gzhcdg.example.net/a/zhutian-tiyu/20250105",
        title="珈田县2025年青少年寒假滑冰公益训练营报名通知",
        record_title=None,
        date="2025-01-05",
        notes="WeChat-style mirror with section/span; account date; QR code sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>珈田县2025年青少年寒假滑冰公益训练营报名通知</title></head><body>
<div id="meta_content"><span>⟦m 珈田体育⟧</span> <em>⟦m 2025年01月05日 18:00⟧</em> <em>⟦m 珈田⟧</em></div>
<h1 class="rich_media_title">{T}</h1>
<section><span>⟦a ↑点击蓝字 关注我们↑⟧</span></section>
{BODY}
<section>⟦l 推荐阅读：县全民健身中心春节开放时间⟧</section>
<section>⟦a 分享　收藏　在看　点赞⟧</section>
<div>⟦d 本文为镜像存档，图片可能无法显示⟧</div>
</body></html>
""",
        p_html="<section><span>{}</span></section>",
        body="""
寒假来临，县体育局联合县滑冰馆举办青少年滑冰公益训练营，免费为全县7至14岁中小学生提供滑冰基础培训。
训练时间：1月20日至2月5日，每天下午2时至4时，共分两期。
报名方式：家长扫描文末二维码填写报名表，每期限60人，额满为止。
咨询电话：0879-6121140（县体育局群体股）
""",
    ),
    dict(
        slug="docshare-wenjuan-rink-safety-pledge",
        site="文卷共享 (invented)",
        style="文档分享",
        genre="承诺书",
        kind="other",
        form="text",
        source="https://www.wenjuangx.com/d/88201345.html",
        title="滑冰场安全责任承诺书",
        record_title="滑冰场安全责任承诺书.wps",
        date=None,
        notes="file name title; template placeholders; no date",
        page="""
!m 文卷共享 — 让知识流动
!t 滑冰场安全责任承诺书.wps
!m 格式：wps　页数：1　浏览 640 次
!a 立即下载　　收藏
{BODY}
!d 本文档为用户上传，版权归上传者所有，若侵犯您的权益请联系客服删除。
!w 客服微信：wjgx_kefu
""",
        body="""
本人自愿到________滑冰场参加滑冰活动，承诺如下：
一、遵守冰场管理规定，按逆时针方向滑行，不在冰面追逐打闹。
二、自觉佩戴头盔、护膝等护具。
三、身体不适时立即停止滑行。
四、未成年人须由监护人陪同。
承诺人（签字）：________
年　月　日
""",
    ),
    dict(
        slug="edu-lanxi-school-skating-class-summary",
        site="珂湖县教育信息网 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.khjyxx.cn/xxdt/2025/0318/5512.html",
        title="珂湖县实验小学冰雪运动进校园工作总结",
        record_title="珂湖县实验小学冰雪运动进校园工作总结",
        date="2025-03-18",
        notes="school news; glued font-size row after the first line; data table",
        page="""
!m 珂湖县教育信息网
!m 首页 >> 学校动态 >> 正文
{T}
!m 作者：实验小学　时间：2025-03-18　点击：215
{BODY}
!a 【打印文章】【关闭窗口】
!l 相关文章：冰雪运动特色学校申报工作启动
!m 珂湖县教育局主办　备案号：吉ICP备09001287号
""",
        body="""
本冬季，我校利用校内临时浇冰场和县滑冰馆，开展冰雪运动进校园活动。⟦a 〖字号：大 中 小〗⟧
年级　课时　参与人数
一、二年级　8　412
三、四年级　10　398
五、六年级　12　376
全校学生均掌握了基本滑行技能，组建了校速度滑冰队。
下学期将总结经验，编写校本教材。
""",
    ),
    dict(
        slug="oa-binglun-rink-maintenance-minutes-html",
        site="冰轮体育运营OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.binglun.local/meeting/view.aspx?id=1208",
        title="冰面维护专题会议纪要",
        record_title="冰面维护专题会议纪要",
        date="2024-11-12",
        notes="OA meeting view with reading opinions; minutes lines kept",
        page="""
<html><head><meta charset="utf-8"><title>会议纪要查看</title></head><body>
<div class="oa-top">⟦m 冰轮体育运营管理系统⟧ ⟦m 当前用户：葛丽　部门：场馆部⟧ ⟦a 退出⟧</div>
<div class="oa-tab">⟦m 待办(3)　已办　会议管理　通讯录⟧</div>
<h2>{T}</h2>
<div>⟦m 文档编号：BL-HY-2024-087　阅读人数：14⟧</div>
{BODY}
<div class="opinion">⟦m 阅读意见：已阅。——鲁经理 11-13 08:50⟧</div>
<div>⟦a 下载附件　打印　关闭⟧</div>
</body></html>
""",
        body="""
时间：2024年11月12日 9:00
地点：场馆部会议室
主持：场馆部经理 汪涛
参会：制冰组、设备组、安全组负责人
会议议定：
1.浇冰车每日营业前、午间、闭馆后各浇冰一次。
2.冰面厚度保持在4至5厘米，设备组每周检测并记录。
3.制冷机组12月上旬完成全面检修。
记录：葛丽
""",
    ),
    dict(
        slug="qa-zhidao-rink-fall-compensation",
        site="知道吧 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidaoba.example.com/question/4412098.html",
        title="在滑冰场被别人撞倒受伤，冰场要赔偿吗？",
        record_title="在滑冰场被别人撞倒受伤，冰场要赔偿吗？_知道吧",
        date=None,
        notes="Q&A; answer body; relative times; title decorated",
        page="""
!m 知道吧　有问题，上知道吧
{T}
!m 匿名提问　浏览 1836 次　昨天
!m 网友采纳答案
!m 热心网友　回答于 19小时前
{BODY}
!a 赞同 27　|　反对 0　|　举报
!l 其他类似问题：滑冰摔骨折谁负责？
!l 其他类似问题：溜冰场有没有安全保障义务？
""",
        body="""
要看冰场是否尽到了安全保障义务。
撞人者应当承担主要责任；如果冰场人数明显超出容量、没有安排安全员巡场，冰场也要承担相应的补充责任。
建议保留门票、就医记录和现场视频，先与冰场协商，协商不成可以起诉。
""",
    ),
    dict(
        slug="collection-bingxi-old-rink-memoir-wrapped",
        site="冰溪杂录 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://bingxizalu.example.org/p/57.html",
        title="水库上的野冰场",
        record_title="《冰溪杂录》第57篇｜水库上的野冰场",
        date=None,
        notes="collection essay hard-wrapped at 56; chapter nav; no date",
        page="""
!m 冰溪杂录 · 一个老工人的文字
!t 《冰溪杂录》第57篇｜水库上的野冰场
{BODY}
!l 上一篇：厂里的澡堂　下一篇：父亲的自行车
!m 本集累计阅读 3.1万
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
七十年代的冬天，厂区后面的小水库一冻上，就成了孩子们的野冰场。
没有冰鞋，我们就在木板底下钉两根粗铁丝，用麻绳绑在棉鞋上，照样滑得飞快。
天黑了，大人们拿着手电筒在岸上喊名字，喊一个回去一个。
如今水库早已填平盖了楼，我却常常梦见那片冰，梦见铁丝划过冰面的声音。
""",
    ),
    dict(
        slug="dangjian-jiatian-rink-volunteer-speech",
        site="珈田先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.jiatianxf.gov.cn/llxx/2025/0210/9101.html",
        title="在冰雪志愿服务队授旗仪式上的讲话",
        record_title="在冰雪志愿服务队授旗仪式上的讲话",
        date="2025-02-10",
        notes="speech with speaker line and chinese date under the title; glued collect button",
        page="""
!m 珈田先锋网
!m 首页 > 理论学习 > 领导讲话
{T}
县委组织部副部长、县直机关工委书记　钱思远
（二〇二五年二月十日）
{BODY}
!a 【打印】【收藏】【关闭】
!m 中共珈田县委组织部　版权所有
""",
        body="""
同志们：
今天，我们为冰雪志愿服务队授旗，这支队伍由机关和社区的82名党员组成，将在全县各滑冰场开展安全引导、应急救护等志愿服务。⟦a 点击收藏本文⟧
希望大家亮身份、作表率，把志愿服务做到群众心坎上。
一要守好安全底线，二要热情服务群众，三要注意自身防护。
谢谢大家！
""",
    ),
]
