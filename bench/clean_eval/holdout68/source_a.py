"""holdout68, part A: clock and watch repair (钟表维修) — repair shops, a clock factory, a
market-regulation price check, a clock-tower restoration, a clock museum, a vocational school's
watch-repair workshop. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-juxi-summary-watch-shop-old-table",
        site="榉溪范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.juxifw.example.com/zongjie/nianzhong/20250103_4471.html",
        title="亨时钟表维修部2024年度工作总结",
        record_title="亨时钟表维修部2024年度工作总结（精选2篇）_榉溪范文网",
        date="2024-12-28",
        notes="old gbk table layout: marquee, a 字号 row, a weekly hot list, a visitor counter and a floating QQ box; decorated record title; 成文日期 under the signature",
        p_html="<p>&nbsp;&nbsp;{}</p>",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>亨时钟表维修部2024年度工作总结（精选2篇）_榉溪范文网</title>
<script>var _hmt=_hmt||[];</script></head><body>
<table width="960" align="center"><tr><td><marquee>⟦m 榉溪范文网——写材料不求人，每日更新三百篇⟧</marquee></td></tr>
<tr><td class="nav">⟦m 网站首页 | 工作总结 | 年终总结 | 心得体会 | 述职报告 | 演讲稿⟧</td></tr>
<tr><td class="pos">⟦m 您现在所在的位置：榉溪范文网 &gt;&gt; 工作总结 &gt;&gt; 年终总结⟧</td></tr>
<tr><td width="700">
<h1>⟦t 亨时钟表维修部2024年度工作总结⟧</h1>
<div>⟦m 时间：2025-01-03　人气：1382　作者：佚名⟧</div>
<div>⟦a 【调整字号：特大　大　中　小】⟧</div>
{BODY}
<div>⟦a 本篇共2页，完整版请点此下载Word文档⟧</div>
</td><td width="250" valign="top">
<b>⟦l 本周热门排行⟧</b><br>⟦l 1. 2024年个人年终总结范文大全⟧<br>⟦l 2. 门店店长述职报告通用版⟧<br>⟦l 3. 售后服务部工作总结⟧<br>
</td></tr>
<tr><td>⟦m 本站累计访问：3058821人次⟧</td></tr>
<tr><td>⟦d 本站文章均来源于网友投稿，如有侵权请来信告知，我们将在三个工作日内删除。⟧</td></tr>
</table>
<div id="qqfloat">⟦w 在线代写　QQ：2957710463⟧</div>
</body></html>
""",
        body="""
2024年，我部在公司领导下，坚持“修一块表、交一位朋友”的服务宗旨，全年共承接机械表、石英表及座钟维修业务一千六百余件。
一是提升维修质量。全年返修率控制在百分之一点五以内，较上年下降零点八个百分点。
二是规范服务流程。推行接件登记、报价确认、取件验表三个环节，客户满意度明显提高。
三是加强技术培训。选派两名师傅参加市钟表行业协会的游丝调校培训，并带出学徒三名。
亨时钟表维修部
2024年12月28日
""",
    ),
    dict(
        slug="wenku-lizhou-clock-factory-plan-bracket-markers",
        site="栎州文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.lizhou-doc.example.com/p/88d21f0c.html",
        title="栎州市星辰钟表厂2025年安全生产工作方案",
        record_title="栎州市星辰钟表厂2025年安全生产工作方案.docx",
        date="2025-03-10",
        notes="a preview page cut by ⁅N⁆ page markers on lines of their own; a file-name title; 成文日期 in Chinese numerals; a pay prompt at the end",
        pages=dict(fmt="⁅{n}⁆", every=120, start=2),
        page="""
!m 栎州文库 · 专业文档共享
!t 栎州市星辰钟表厂2025年安全生产工作方案.docx
!m 上传者：wxl_1987　　页数：4页　　浏览：612次
!a 预览已到第3页，开通文库会员畅读全文
{BODY}
!a 全文下载（需扣除5下载券）
!l 猜你喜欢：工厂安全生产月活动方案 ｜ 车间安全管理制度汇编
!d 本文档仅供参考，版权归原作者所有，本站只提供存储空间。
""",
        body="""
为认真落实安全生产责任制，防范各类生产安全事故，结合我厂实际，制定本方案。
一、工作目标。全年实现零死亡、零重伤、零火灾，员工安全培训覆盖率达到百分之百。
二、重点任务。加强电镀车间、抛光车间的通风除尘管理，每月开展一次危险化学品专项检查。
三、保障措施。各车间主任为本车间安全生产第一责任人，安全科负责督查考核，考核结果与绩效挂钩。
栎州市星辰钟表厂
二〇二五年三月十日
""",
    ),
    dict(
        slug="gov-yuting-samr-watch-repair-price-notice-html",
        site="榆汀县市场监督管理局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://scjg.yuting.example.gov.cn/tzgg/202504/t20250409_771.html",
        title="关于开展钟表维修行业明码标价专项检查的通知",
        date="2025-04-08",
        date_also=["2025-04-09"],
        notes="modern county portal with 索引号 table, 关怀版 row and an error-report hotline; the notice's own 联系人/电话 and 附件 list kept; document number neutral; 成文日期 vs 发布日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展钟表维修行业明码标价专项检查的通知 - 榆汀县市场监督管理局</title>
<script src="/js/jquery.min.js"></script></head><body>
<header><div class="logo">⟦m 榆汀县市场监督管理局⟧</div>
<div class="tools">⟦a 长辈版　|　无障碍阅读　|　简/繁⟧</div>
<nav>⟦m 首页　机构概况　政务公开　办事服务　互动交流⟧</nav></header>
<div class="crumb">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11331024MB1D47203X/2025-00318⟧</td><td>⟦m 发布机构：县市场监管局⟧</td></tr>
<tr><td>⟦m 发布日期：2025-04-09⟧</td><td>⟦m 主题分类：价格监管⟧</td></tr></table>
<h1>⟦t 关于开展钟表维修行业明码标价专项检查的通知⟧</h1>
<p class="wh">榆市监价〔2025〕7号</p>
<div class="article">
{BODY}
</div>
<div class="bar">⟦a 【打印本页】　【关闭窗口】⟧</div>
<div class="rel">⟦l 上一条：关于公布第一批放心消费示范店名单的公告⟧<br>⟦l 下一条：2025年一季度食品抽检信息公示⟧</div>
<footer>⟦m 主办：榆汀县市场监督管理局　网站纠错电话：0578-6120099⟧<br>⟦m 浙ICP备19008812号-3⟧</footer>
</body></html>
""",
        body="""
各市场监管所，各钟表维修经营者：
近期，我局接到多起消费者关于钟表维修乱收费的投诉，为规范行业价格行为，决定在全县开展钟表维修明码标价专项检查。
一、检查内容：维修项目、零配件价格是否公示，是否存在先修后报价、虚列维修项目等行为。
二、时间安排：4月15日至5月31日，分自查、检查、整改三个阶段进行。
联系人：韩立峰，联系电话：0578-6127315。
附件：1.钟表维修价格公示牌样式
2.专项检查情况汇总表
榆汀县市场监督管理局
2025年4月8日
""",
    ),
    dict(
        slug="news-chuchuan-clock-tower-restored-text",
        site="楮川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.chuchuan.example.cn/local/2025-05/12/c_60213.htm",
        title="老城钟楼大钟修复后重新报时",
        record_title="老城钟楼大钟修复后重新报时_楮川新闻网",
        date="2025-05-12",
        notes="byline 发布时间 is the date; a photo caption between paragraphs; an editor line glued after the last paragraph; a comment box and a hot list at the end",
        page="""
!m 楮川新闻网 > 本地 > 城事
{T}
!m 发布时间：2025-05-12 10:20　来源：楮川日报　记者 罗佳宁
!a 字号：A+ A- 　　分享到：
{BODY}
!l 网友评论（已有12人参与）
!l 我也说两句：请先登录后再发表评论
!l 24小时热榜：1 城西路口改造完工 2 夜市本周五开市
!d 未经授权不得转载，违者追究法律责任
""",
        body="""
5月11日正午，停摆三年的老城钟楼大钟重新敲响，清脆的钟声传遍整个街区。
据介绍，这座大钟安装于上世纪五十年代，因擒纵机构严重磨损而停止运行。
⟦m 图为修复后的钟楼大钟。记者 罗佳宁 摄⟧
修复工作由本地三位老钟表匠完成，他们手工打磨了四十多个零件，历时五个月。
街道方面表示，今后将建立定期维护制度，让老钟楼继续为市民报时。⟦m （责任编辑：汪澜）⟧
""",
    ),
    dict(
        slug="forum-lincheng-apprentice-insight-junk",
        site="楝城手艺人论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://bbs.lincheng-craft.example.com/thread-22817-1-1.html",
        title="在钟表铺当学徒一年的体会",
        record_title="[原创] 在钟表铺当学徒一年的体会 - 老手艺交流 - 楝城手艺人论坛",
        date="2025-02-03",
        notes="forum post with anti-scraping junk lines and glued junk; a 发表于 line as the page date; floors and a reply box after the post",
        junk=dict(lines=2, glued=2),
        page="""
!m 楝城手艺人论坛 › 老手艺交流 › 查看内容
!t [原创] 在钟表铺当学徒一年的体会
!m 楼主：滴答小陈　　发表于 2025-2-3 21:46　　只看该作者
{BODY}
!l 本帖最后由 滴答小陈 于 2025-2-4 08:10 编辑
!l 沙发　老周修表：写得实在，坚持下去！　2天前
!l 回复　收藏　举报
!a 您需要登录后才可以回帖 登录 | 立即注册
""",
        body="""
去年春节后，我进了街口的一家钟表铺当学徒，转眼已经一年了。
刚开始师傅只让我擦表壳、清洗零件，一连三个月没碰过机芯，我心里很不服气。
后来才明白，清洗是修表的基本功，零件洗不干净，调得再好也走不准。
这一年我学会了换电池、换表带、校快慢，也第一次独立拆装了一只老上海表。
手艺急不得，一颗螺丝拧歪了，整只表就得重来，这是我这一年最大的体会。
""",
    ),
    dict(
        slug="blog-tangao-watch-collector-bracket-time",
        site="棠坳表友的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://tangaobiaoyou.blog.example.net/article/20241119.html",
        title="父亲留下的那块怀表",
        record_title="父亲留下的那块怀表 | 棠坳表友的博客",
        date="2024-11-19",
        notes="a blog post with a bracketed post time; tags, archive links and reader comments with relative times after the text",
        page="""
!m 棠坳表友的博客　　记录每一块表的故事
!m 首页 | 随笔 | 收藏 | 相册 | 关于我
{T}
!m [2024-11-19 21:07]　阅读(286)　评论(4)
{BODY}
!l 标签：怀表　老物件　父亲
!l 上一篇：一只双狮表的修复记录　　下一篇：秒针为什么会跳
!l 评论：@表痴老王　这块表保存得真好　3天前
!m 博客归档：2024年11月(3) 2024年10月(5)
""",
        body="""
整理旧物时，我在父亲的抽屉里找到了一块铜壳怀表。
表盖内侧刻着一行小字，是他年轻时在工厂获得的劳动奖。
表早就不走了，我拿去街口的修表铺，老师傅说只是发条断了，换一根就好。
两天后取表，它又开始滴答作响，仿佛父亲从未走远。
""",
    ),
    dict(
        slug="wechat-zhangyuan-clock-museum-initiative-html",
        site="樟塬钟表博物馆 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://wx.mirror-read.example.com/s/zhangyuan_clock_8812",
        title="文明参观樟塬钟表博物馆倡议书",
        record_title=None,
        date="2025-05-01",
        notes="WeChat-style mirror with <section><span> paragraphs; account line, a follow prompt, 阅读原文/在看/点赞; missing record title; the document's own 扫码预约 sentence kept",
        p_html='<section><span style="font-size:15px;">{}</span></section>',
        page="""
<html><head><meta charset="utf-8"><title>樟塬钟表博物馆</title></head><body>
<div class="rich_media">
<h2 class="rich_media_title">{T}</h2>
<div class="meta">⟦m 樟塬钟表博物馆　2025年05月01日 09:30　浙江⟧</div>
<section>⟦a 点击上方蓝字，关注我们⟧</section>
{BODY}
<section>⟦m 文字：馆办　图片：宣教部⟧</section>
<div class="tool">⟦a 阅读原文⟧　⟦l 喜欢此内容的人还喜欢⟧</div>
<div>⟦a 分享　收藏　点赞　在看⟧</div>
</div></body></html>
""",
        body="""
广大观众朋友们：
樟塬钟表博物馆收藏有明清以来的各类钟表七百余件，其中不少是难以复制的珍品。
为保护文物、维护良好的参观秩序，我们倡议：请提前通过本馆预约小程序扫码预约，按时段有序入馆。
请勿触摸展柜和展品，拍照时请关闭闪光灯。
请照看好随行儿童，不在展厅内追逐打闹、大声喧哗。
樟塬钟表博物馆
2025年5月1日
""",
    ),
    dict(
        slug="docshare-zhushan-repair-pledge-placeholder",
        site="槠山文档共享平台 (invented)",
        style="文档分享",
        genre="承诺书",
        kind="pledge",
        form="text",
        source="https://share.zhushan-doc.example.com/view/5503187",
        title="钟表维修服务承诺书",
        record_title=None,
        date=None,
        notes="a template pledge with blank date placeholders (no date); no record title, found on the page; an upload notice and a members' prompt",
        page="""
!m 槠山文档共享平台　首页 > 合同协议 > 承诺书
{T}
!m 分享者：春晓文档　上传时间：2小时前　格式：doc
!a 免费预览已结束，剩余内容请开通会员后阅读
{BODY}
!d 本文档为用户自行上传，内容的真实性、完整性平台不作保证，如涉及版权问题请联系平台删除。
!l 相关文档：家电维修服务承诺书 / 手机维修免责协议
""",
        body="""
为维护消费者合法权益，本店郑重承诺：
1.维修前如实告知故障原因和维修价格，经顾客同意后方可维修。
2.更换的零配件均为正品，旧件当面交还顾客。
3.维修后的钟表提供三个月保修，保修期内同一故障免费返修。
承诺单位（盖章）：__________
负责人：__________
____年__月__日
""",
    ),
    dict(
        slug="edu-qiaoyuan-vocational-watch-workshop-notice-table",
        site="桤原县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.qiyuan.example.gov.cn/zjjy/2025/0316/1192.html",
        title="关于举办中职学生钟表维修技能展示活动的通知",
        record_title="关于举办中职学生钟表维修技能展示活动的通知-桤原县教育局",
        date="2025-03-14",
        notes="education portal: a schedule table (one row a paragraph, ideographic spaces), the notice's own 咨询电话 next to the portal's 监督电话; 附件",
        page="""
!m 桤原县教育局　　教育资讯 > 职业教育
{T}
!m 发布时间：2025年03月16日　　信息来源：职成科　　浏览次数：219
!a 【字体：大 中 小】　【打印】
{BODY}
!m 县教育局监督电话：0571-5889012　　地址：桤原县文昌路16号
!m 版权所有：桤原县教育局　技术支持：恒网科技
""",
        body="""
各中等职业学校：
为展示职业教育成果，经研究，定于3月下旬举办中职学生钟表维修技能展示活动。
活动安排如下：
项目　时间　地点
机芯拆装　3月26日上午　县职教中心实训楼
走时校准　3月26日下午　县职教中心实训楼
成果展览　3月27日全天　县职教中心报告厅
请各校于3月20日前报送参赛学生名单，咨询电话：0571-5886240。
附件：参赛报名表
桤原县教育局
2025年3月14日
""",
    ),
    dict(
        slug="oa-meizhou-clock-factory-minutes-html",
        site="梣州时光钟表有限公司 内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.shiguang-clock.example.local/doc/view?id=20250421-07",
        title="关于挂钟新品量产准备工作的会议纪要",
        record_title="内部文件-关于挂钟新品量产准备工作的会议纪要",
        date="2025-04-21",
        notes="OA document view: 流转记录, read counts and an approval opinion; minutes' 时间/地点/主持/参会/记录 lines kept; a 打印/导出 toolbar",
        page="""
<html><head><meta charset="utf-8"><title>协同办公平台 - 公文查看</title><style>.oa{margin:0}</style></head><body>
<div class="oa-top">⟦m 梣州时光钟表有限公司协同办公平台　当前用户：沈素梅⟧</div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　通知公告　个人设置⟧</div>
<div class="oa-tool">⟦a 打印　导出PDF　返回列表⟧</div>
<h3>{T}</h3>
<div class="oa-info">⟦m 拟稿部门：生产部　密级：内部　阅读次数：46⟧</div>
{BODY}
<div class="oa-flow"><b>⟦l 流转记录⟧</b><br>⟦l 2025-04-22 09:12 总经理办公室 签收⟧<br>⟦l 2025-04-22 15:40 质量部 已阅⟧</div>
<div class="oa-opinion">⟦l 审批意见：同意，请生产部抓紧落实。⟧</div>
<div class="oa-foot">⟦d 本系统仅限公司内部使用，严禁外传。⟧</div>
</body></html>
""",
        body="""
时间：2025年4月21日下午2点30分
地点：公司三楼会议室
主持：副总经理 严可为
参会：生产部、技术部、采购部、质量部负责人
记录：沈素梅
会议听取了技术部关于新款静音挂钟试产情况的汇报，研究了量产准备有关事项。
一、技术部于4月30日前完成扫秒机芯的工艺文件定稿。
二、采购部负责落实表盘、玻璃镜面等外协件供应商，确保5月中旬到货。
三、质量部制定出厂检验标准，首批产品全数检验走时误差。
""",
    ),
    dict(
        slug="qa-duanshui-mechanical-watch-slow-answer",
        site="椴水问问 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://wenwen.duanshui.example.com/q/7710238",
        title="机械表一天慢两分钟是什么原因？",
        record_title=None,
        date=None,
        notes="a question as the title (no record title); answer times relative (no date); vote bar and other answers below",
        page="""
!m 椴水问问 > 生活 > 钟表
{T}
!m 提问者：匿名用户　　浏览 1.2万
!l 最佳答案
!m 修表十五年的老刘　回答于 5天前
{BODY}
!l 有用(318)　　没用(4)　　评论(9)
!l 其他回答（6）
!a 写回答　邀请回答　关注问题
""",
        body="""
一天慢两分钟已经超出正常范围，常见原因有三个。
第一是长时间没保养，机芯里的润滑油干涸，摆轮摆幅下降，走时就会变慢。
第二是表受过磁，游丝粘在一起，这种情况去店里消磁即可。
第三是发条力量不足，多见于自动表佩戴时间太短。
建议先消磁，如果还是慢，就该做一次全面保养了。
""",
    ),
    dict(
        slug="anthology-chuqiu-old-watchmaker-memoir-wrapped",
        site="椤溪文苑 (invented)",
        style="个人文集",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://www.luoxiwenyuan.example.org/wenji/jinzhiqiu/012.html",
        title="修表铺里的三十年",
        record_title="《拾光集》卷一·第12篇｜修表铺里的三十年",
        date=None,
        notes="a collection chapter hard-wrapped at 60 columns with a two-space indent; decorated title; a chapter nav and a copyright line; no date",
        wrap=60,
        indent="　　",
        page="""
!m 椤溪文苑 · 金知秋文集
!t 《拾光集》卷一·第12篇｜修表铺里的三十年
!l ← 上一篇：巷口的收音机　　目录　　下一篇：一只闹钟 →
{BODY}
!l 本卷目录 | 返回文集首页
!d 文集作品版权归作者本人，转载请征得同意。
""",
        body="""
我在县城南门的修表铺里坐了整整三十年，从第一块钻石牌手表修起，一直修到后来满街的电子表。
那些年修表的人多，铺子门口常常排着队，有人拿来的是结婚时买的表，有人拿来的是孩子考上大学时送的表。
如今来修表的人少了，可每次有人推门进来，我还是会先把放大镜擦一擦，像当年一样。
""",
    ),
]
