"""holdout145, part B: a blog, WeChat mirrors, sharing sites, education portals, intranets, Q&A. Invented text."""

CASES = [
    dict(
        slug="blog-xingtu-planetarium-docent-summary-html",
        site="星途手记 (invented blog)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://xingtu-notes.example-blog.net/2025/01/docent-2024.html",
        title="天文馆志愿讲解队2024年工作小结",
        record_title="天文馆志愿讲解队2024年工作小结 | 星途手记",
        date="2025-01-05",
        notes="blog template: tag cloud, archive, comment box; post date line the page date; numbered list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>天文馆志愿讲解队2024年工作小结 | 星途手记</title>
<link rel="alternate" type="application/rss+xml" href="/feed"></head><body>
<header><h2 class="site-title">⟦m 星途手记⟧</h2><p class="desc">⟦m 仰望星空的业余讲解员⟧</p>
<nav>⟦m 首页 · 观星日志 · 讲解稿 · 留言板⟧</nav></header>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2025-01-05 ｜ 作者：北斗七号 ｜ 阅读 402⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-foot">⟦l 本文标签：#志愿服务 #天文馆 #科普⟧</footer>
</article>
<div id="comments"><h3>⟦l 3 条评论⟧</h3><p>⟦l 猎户座：明年我也想报名！⟧</p><form>⟦l 发表评论（昵称必填，邮箱不会公开）⟧</form></div>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 月食 流星雨 望远镜 讲解技巧 亲子⟧</p><h4>⟦l 归档⟧</h4><p>⟦l 2025年1月 (2)　2024年12月 (4)⟧</p></aside>
<footer class="site-foot">⟦d 除特别注明外，本站内容采用署名-非商业性使用许可。⟧ ⟦m Theme by Pluto⟧</footer>
</body></html>
""",
        body="""
2024年，天文馆志愿讲解队共有在册队员46名，全年开展展厅讲解、球幕影院引导和公众观测活动共218场次，服务观众约3.1万人次。
主要做了以下几件事：
1.完成新展厅“太阳系漫游”讲解词的编写和试讲，新队员全部通过考核上岗。
2.配合馆里举办“双子座流星雨”“月掩土星”等公众观测夜活动5次。
3.走进6所乡村小学开展流动天文课，带去便携望远镜和星图。
不足之处是周末人手紧张，部分队员讲解内容偏深，低龄观众听不懂。
2025年，我们计划建立分级讲解稿，招募高校学生队员，让更多孩子爱上星空。
""",
    ),
    dict(
        slug="wechat-mirror-luxi-womens-federation-families",
        site="微阅镜像站 (invented WeChat mirror)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.weiyue-jx.com/s/luxifulian/2025042231",
        title="关于开展2025年度“最美家庭”寻访活动的通知",
        record_title="关于开展2025年度“最美家庭”寻访活动的通知｜芦溪妇联",
        date="2025-04-18",
        notes="WeChat mirror: account line with date differing from the 成文日期, both accepted; follow prompts; sentence asking to 扫码 kept",
        page="""
!m 芦溪妇联　2025-04-22 17:30　发表于江西
!a 点击上方蓝字「芦溪妇联」关注我们
{T}
{BODY}
!a 长按识别二维码　关注芦溪妇联
!l 往期推荐
!l ▶ 巾帼志愿者走进敬老院
!l ▶ 家庭教育公益讲座报名开启
!a 分享　收藏　点赞　在看
!d 本页面由微阅镜像站自动抓取，仅供存档，著作权归原公众号所有
""",
        date_also=["2025-04-22"],
        body="""
各乡镇（街道）妇联：
为弘扬中华民族家庭美德，推动形成爱国爱家、相亲相爱、向上向善的家庭文明新风尚，县妇联决定开展2025年度“最美家庭”寻访活动。
一、寻访对象：全县范围内热爱祖国、崇德向善、家庭和睦、教子有方、邻里互助的家庭。
二、寻访方式：采取基层推荐和群众自荐相结合的方式，群众可扫描活动海报上的二维码在线填写推荐表。
三、时间安排：4月下旬至5月底推荐，6月组织评审并公示，评选出县级“最美家庭”20户。
四、工作要求：各乡镇（街道）妇联要深入挖掘身边的好家庭，推荐材料要真实感人，于5月31日前报县妇联家庭和儿童工作部。
联系人：柳佳怡，电话：0799-7563021。
芦溪县妇女联合会
2025年4月18日
""",
    ),
    dict(
        slug="wechat-html-taiyang-youth-league-may4-speech",
        site="公号存档 (invented WeChat mirror)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://gzhcd.example-mirror.com/a/tyq_gqt/9021",
        title="在全县纪念五四运动106周年青年座谈会上的讲话",
        record_title="团县委书记：在全县纪念五四运动106周年青年座谈会上的讲话",
        date="2025-04-30",
        notes="WeChat-style mirror HTML: account header, rich_media layout, reading count; date under the speech title; speaker line neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>团县委书记：在全县纪念五四运动106周年青年座谈会上的讲话</title>
<script>window.__mirror={from:"mp"};</script></head><body>
<div class="mirror-bar">⟦m 公号存档 · 收录公众号文章 1200万篇⟧ <a href="/search">⟦a 搜文章⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 共青团太阳县委　青春太阳　2025年5月4日 08:00⟧</div>
<div class="rich_media_content">
<p style="text-align:center">团县委书记　鲁向晴</p>
<p style="text-align:center">（2025年4月30日）</p>
{BODY}
<p>⟦m 编辑：小团团　审核：宁远⟧</p>
</div>
<div class="rich_media_tool">⟦m 阅读 2316⟧ ⟦a 赞 58　在看 21　写留言⟧</div>
</div>
<div class="mirror-foot">⟦d 本站仅做公开文章的检索与存档，如需删除请联系 delete@gzhcd.example-mirror.com⟧</div>
</body></html>
""",
        body="""
青年朋友们：
在五四青年节即将到来之际，我们在这里召开青年座谈会，听取大家的心声。首先，我代表团县委，向全县广大团员青年致以节日的问候！
刚才，来自农业、工业、教育、医疗等领域的8位青年代表作了交流发言，讲述了自己扎根基层、干事创业的故事，听了很受感动。
希望大家坚定理想信念，把个人的追求融入家乡发展；希望大家勤学苦练本领，在急难险重任务中经受锻炼；希望大家崇德向善，在志愿服务中传递温暖。
各级团组织要当好青年的知心朋友，帮助解决就业、婚恋、住房等实际问题，为青年成长搭建更多平台。
青年朋友们，青春由磨砺而出彩，人生因奋斗而精彩。让我们携手并进，在建设美丽太阳的新征程上贡献青春力量！
""",
    ),
    dict(
        slug="docshare-fengdu-qipao-association-plan-pdf",
        site="蜂读文档 (invented)",
        style="文档分享",
        genre="工作计划",
        kind="plan",
        form="text",
        source="https://www.fengdudoc.com/doc/7731820.html",
        title="瓯城市旗袍文化协会2025年工作计划",
        record_title="瓯城市旗袍文化协会2025年工作计划.pdf",
        date="2025-02-08",
        notes="file-name record title; upload notice, points prompt; title printed twice; one-line body",
        page="""
!m 蜂读文档 — 文档分享平台
!t 瓯城市旗袍文化协会2025年工作计划.pdf
!m 分享者：紫藤花开　　上传时间：2天前　　下载次数：17　　所需积分：5
!a 立即下载　　在线阅读　　举报
!d 本文件由网友自行上传，蜂读文档不拥有其版权，仅作交流学习使用，如有侵权请通过举报按钮反馈。
{T}
{BODY}
!a 觉得有用？下载后可编辑打印，VIP会员免积分
!l 你可能还需要：协会年度总结.doc　社团活动方案模板.docx
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
2025年，协会将围绕“传承旗袍文化、展现城市风采”的宗旨，重点做好以下工作。
一、加强组织建设。完善会员档案，新发展会员60名，在各城区设立4个活动分会。
二、开展品牌活动。举办第三届旗袍文化节、“旗袍进社区”巡演和传统盘扣制作技艺培训班。
三、推动产业融合。联合本地服装企业开发旗袍文创产品，组织会员参加省级服饰博览会。
四、规范内部管理。严格执行财务制度，每半年向会员大会报告经费收支情况。
瓯城市旗袍文化协会
2025年2月8日
""",
    ),
    dict(
        slug="docshare-html-weiyun-hiv-counselling-plan",
        site="微云共享阅读 (invented)",
        style="文档分享",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://share.weiyunread.cn/d/hx92KpQ",
        title="2025年艾滋病自愿咨询检测工作方案",
        record_title="2025年艾滋病自愿咨询检测工作方案 - 微云共享阅读",
        date="2025-03-03",
        notes="sharing reader with toolbar and upload notice; document's own contact and hotline kept beside the site's customer line; table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年艾滋病自愿咨询检测工作方案 - 微云共享阅读</title></head><body>
<div class="bar"><span>⟦m 微云共享阅读⟧</span> <a>⟦a 全屏⟧</a> <a>⟦a 转存到我的微云⟧</a> <a>⟦a 下载(112KB)⟧</a></div>
<div class="owner">⟦m 分享人：县疾控中心资料员　有效期：永久⟧</div>
<div class="page">
<h2>{T}</h2>
{BODY}
</div>
<div class="note">⟦d 温馨提示：分享内容由用户上传，平台不对其合法性承担责任，发现违规请举报。⟧</div>
<div class="cs">⟦w 平台客服热线 400-810-7721（工作日 9:00-18:00）⟧</div>
</body></html>
""",
        body="""
为扩大艾滋病检测覆盖面，及早发现感染者并提供治疗，结合我县实际，制定本方案。
一、工作目标：全年完成自愿咨询检测6000人次，重点人群检测覆盖率达到90%以上，检测阳性者转介治疗率达到95%以上。
二、服务网点：县疾控中心、县人民医院和8个乡镇卫生院设立自愿咨询检测门诊，提供免费、保密的咨询和初筛检测。
三、任务分配：
单位　年度任务（人次）
县疾控中心　1500
县人民医院　2500
各乡镇卫生院　2000
四、保障措施：加强咨询员培训，规范检测流程，严格保护受检者隐私。
咨询电话：0795-4412120（县疾控中心性病艾滋病防治科）。
县疾病预防控制中心
2025年3月3日
""",
    ),
    dict(
        slug="edu-html-moling-broadcast-gymnastics-contest",
        site="墨岭县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.moling.gov.cn/tzgg/20250905/2211.html",
        title="关于举办全县中小学广播体操比赛的通知",
        record_title="关于举办全县中小学广播体操比赛的通知-墨岭县教育体育局",
        date="2025-09-03",
        notes="education portal: document number neutral; schedule table; 附件; publish line differs from 成文日期, both accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办全县中小学广播体操比赛的通知-墨岭县教育体育局</title></head><body>
<div class="head">⟦m 墨岭县教育体育局⟧ ⟦m 办人民满意的教育⟧</div>
<div class="nav">⟦m 首页 | 教育动态 | 通知公告 | 政策法规 | 招生考试 | 局长信箱⟧</div>
<div class="wz">⟦m 您现在的位置：首页 > 通知公告⟧</div>
<div class="art"><h2>{T}</h2>
<div class="xx">⟦m 作者：体卫艺股　发布日期：2025-09-05　点击数：1092⟧</div>
<p class="wh">墨教体字〔2025〕63号</p>
{BODY}
</div>
<div class="btns">⟦a [收藏本页] [打印本页] [返回顶部]⟧</div>
<div class="prev">⟦l 上一篇：关于做好秋季学期开学工作的通知⟧</div>
<div class="foot">⟦m 墨岭县教育体育局 版权所有　地址：墨岭县文教路18号　湘ICP备09013375号⟧</div>
</body></html>
""",
        date_also=["2025-09-05"],
        body="""
各中小学：
为推进阳光体育运动，提高学生身体素质，县教育体育局决定举办全县中小学广播体操比赛。现将有关事项通知如下。
一、比赛时间和地点：2025年10月15日至16日，县体育中心田径场。
二、比赛分组和日程：
日期　组别　内容
10月15日上午　小学组　第三套全国中小学生广播体操
10月15日下午　初中组　第三套全国中小学生广播体操
10月16日上午　高中组　第三套全国中小学生广播体操及集体跑操
三、参赛办法：每校组织一个代表队参赛，每队40至48人，须为本校在籍学生。
四、报名：请各校于9月30日前将报名表报县教育体育局体卫艺股。
附件：广播体操比赛报名表
墨岭县教育体育局
2025年9月3日
""",
    ),
    dict(
        slug="edu-text-fuhe-teacher-it-training-wrapped",
        site="扶禾教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.fuheedu.cn/news/show-8312.html",
        title="关于开展教师信息技术应用能力提升培训的通知",
        date="2025-07-02",
        notes="education portal text: hard-wrapped at 58 columns with indents; decimal headings; sentence telling teachers to 下载/登录 kept",
        page="""
!m 扶禾教育信息网 · 县教师发展中心
!m 您的位置：首页 → 培训动态
{T}
!m 文章作者：培训部　录入时间：2025-07-03　浏览次数：742
{BODY}
!a 【字体：大 中 小】【打印文章】【关闭】
!l 相关链接：国家智慧教育公共服务平台　县教师研修网
!m 扶禾县教师发展中心主办　技术支持：县电教馆　联系电话：0743-3380190
""",
        date_also=["2025-07-03"],
        wrap=58,
        indent="\u3000\u3000",
        body="""
各中小学、幼儿园：
为提升教师运用信息技术改进课堂教学的能力，县教师发展中心定于暑期开展教师信息技术应用能力提升培训。现将有关事项通知如下。
1.培训对象
全县在职在岗的中小学、幼儿园专任教师，重点是45周岁以下教师。
2.培训内容
2.1 智慧课堂常用工具的操作与学科融合。
2.2 数字教育资源的检索、加工和共享。
2.3 人工智能辅助备课的规范与风险。
3.培训方式
采取线上研修与线下实操相结合，线上研修不少于30学时。参训教师请于7月10日前登录县教师研修网完成注册，并下载学习指南。
4.考核
完成线上学时并提交一节融合课例的，认定继续教育学分3分。
扶禾县教师发展中心
2025年7月2日
""",
    ),
    dict(
        slug="oa-jiazhi-cost-consultancy-review-rule-trail",
        site="嘉值造价咨询公司内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://oa.jiazhi-zj.local/doc/view?id=30418",
        title="嘉值工程造价咨询有限公司成果文件三级复核管理办法",
        record_title="内部发文-嘉值工程造价咨询有限公司成果文件三级复核管理办法",
        date="2025-05-12",
        notes="intranet document view: approval trail, read counts and a watermark line; articles speaking of 打印/扫码 kept; document number neutral",
        page="""
!m 嘉值OA协同办公平台　　欢迎您，何思远（技术部）
!m 公文中心 / 制度发布 / 查看
!m 发文编号：嘉值发〔2025〕9号
!t 内部发文-嘉值工程造价咨询有限公司成果文件三级复核管理办法
!m 拟稿：技术部 韩蕾　核稿：蒋立　签发：总经理 曹文斌　已阅 64 人 / 未阅 7 人
{BODY}
!l 流转记录：2025-05-12 09:10 韩蕾 提交 → 10:42 蒋立 同意 → 15:05 曹文斌 签发
!a 【下载正文】【导出PDF】【阅读回执】
!d 内部资料 注意保密 严禁外传　水印：何思远 0517
""",
        body="""
第一条　为提高成果文件质量，防范执业风险，根据造价咨询行业有关规定，制定本办法。
第二条　本办法适用于公司出具的预算、结算审核、招标控制价等全部成果文件。
第三条　成果文件实行编制人自校、专业负责人审核、总工办审定的三级复核制度，各级复核须在复核单上签署意见。
第四条　审定后的成果文件方可打印盖章，盖章时须扫码登记文件编号，未经登记的文件不得对外出具。
第五条　因复核不严造成重大差错的，扣减相关人员当季绩效，情节严重的调离岗位。
第六条　本办法自印发之日起施行，由技术部负责解释。
嘉值工程造价咨询有限公司
2025年5月12日
""",
    ),
    dict(
        slug="oa-html-xinjian-supervision-minutes",
        site="信建监理协同平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://10.8.2.15/oa/meeting/minutes.do?id=5521",
        title="关于城南安置房项目第十二次监理例会的会议纪要",
        date="2025-08-14",
        notes="intranet HTML: minutes with 时间/地点/主持/参会/记录 lines kept; approval table and read counts chrome",
        page="""
<html><head><meta charset="utf-8"><title>会议纪要查看 - 信建监理协同平台</title></head><body>
<div class="sys">⟦m 信建工程监理有限公司 · 协同办公平台⟧ ⟦a 退出登录⟧</div>
<div class="menu">⟦m 待办(3) 已办 会议管理 知识库 通讯录⟧</div>
<div class="crumb">⟦m 会议管理 » 会议纪要 » 查看⟧</div>
<h3>{T}</h3>
<table class="info"><tr><td>⟦m 纪要编号：XJJL-HY-2025-112⟧</td><td>⟦m 密级：内部⟧</td><td>⟦m 阅读：31次⟧</td></tr></table>
{BODY}
<table class="flow"><tr><td>⟦l 审批意见：项目总监 杜骁 已审核 2025-08-15⟧</td></tr></table>
<div class="ops">⟦a 打印纪要 | 导出Word | 转发⟧</div>
</body></html>
""",
        body="""
时间：2025年8月14日下午2:30
地点：城南安置房项目部会议室
主持：杜骁（总监理工程师）
参会：建设单位、施工单位、监理单位相关人员共14人
记录：罗芊
一、施工进度。施工单位汇报：1号至6号楼主体结构已封顶，7号、8号楼施工至十二层，总体进度滞后计划约9天。
二、质量安全。监理单位指出：5号楼部分填充墙拉结筋设置不规范，塔吊附墙检查记录不全，要求施工单位8月18日前整改完毕并书面回复。
三、议定事项。施工单位增加两个作业班组，确保9月底前全部主体封顶；建设单位8月底前完成二期工程款拨付。
下次例会定于8月28日下午召开。
""",
    ),
    dict(
        slug="qa-wenda-appraisal-request-sample-answer",
        site="问达社区 (invented)",
        style="问答社区",
        genre="请示",
        kind="other",
        form="text",
        source="https://www.wenda-sq.com/q/4418230",
        title="关于委托开展国有闲置资产评估的请示",
        record_title="单位要处置闲置房产，委托资产评估的请示怎么写？求个范文",
        date=None,
        notes="Q&A: question as record title; the answer holds a sample 请示 with placeholders (××××年×月×日) that are no date; 回答于 relative time",
        page="""
!m 问达社区 › 职场 › 公文写作
!m 提问者：匿名用户　　3天前
!t 单位要处置闲置房产，委托资产评估的请示怎么写？求个范文
!l 已有2个回答　　关注问题　　邀请回答
!m 最佳回答　　公文老兵 · 采纳率92%　　回答于 2天前
给你一个参考格式，具体数字按你们实际改：
{T}
{BODY}
!l 有用(36)　　没用(1)　　追问
!l 其他回答：可以先问问财政局资产科要不要走评估机构库
!d 回答内容仅代表网友观点，仅供参考，请以官方文件为准。
!a 下载问达APP，随时随地提问
""",
        body="""
县财政局：
我单位位于城关镇建设路的原办公楼已闲置三年，房屋老化严重。根据国有资产管理有关规定，拟对该房产进行处置，处置前须委托具备资质的资产评估机构开展评估。
为此，拟从县资产评估机构库中随机选取一家机构开展评估，评估费用约××万元，从单位公用经费中列支。
妥否，请批示。
联系人：×××，电话：××××××××。
××××局
××××年×月×日
""",
    ),
    dict(
        slug="qa-html-zhiwen-toona-subsidy-question",
        site="知问邻里 (invented)",
        style="问答社区",
        genre="请示",
        kind="other",
        form="html",
        source="https://zhiwenlinli.com/question/20983311",
        title="关于申请香椿种植基地建设补助资金的请示",
        record_title=None,
        date="2025-02-20",
        date_also=["2025-02-26"],
        notes="Q&A HTML: no record title; the answer's sample 请示 title in bold; 回答于 date is the page date; vote bar and related questions",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>村里想申请香椿种植补助，请示怎么写？ - 知问邻里</title></head><body>
<div class="top">⟦m 知问邻里 · 有问题，问邻里⟧ <a>⟦a 登录/注册⟧</a></div>
<div class="q"><h1>⟦m 村里想申请香椿种植补助，请示怎么写？⟧</h1><p>⟦m 提问于 2025-02-25 · 浏览 861⟧</p></div>
<div class="ans">
<div class="who">⟦m 村官小吴 · 回答于 2025-02-26 10:14⟧</div>
<p><b>{T}</b></p>
{BODY}
<div class="vote">⟦l 赞同 52 · 反对 · 评论 7⟧</div>
</div>
<div class="rel"><h3>⟦l 相关问题⟧</h3><p>⟦l 合作社申请项目资金需要哪些材料？⟧</p><p>⟦l 请示和报告能不能合在一起写？⟧</p></div>
<div class="ft">⟦m © 2025 知问邻里 zhiwenlinli.com⟧</div>
</body></html>
""",
        body="""
县农业农村局：
我村地处山区，土壤和气候适宜香椿生长，现有农户零星种植香椿120余亩。为做大特色产业、增加村集体和农户收入，村两委研究决定建设300亩香椿标准化种植基地。
基地建设总投资约86万元，主要用于种苗采购、滴灌设施和冷藏保鲜库建设。目前，村集体自筹资金26万元，群众投工投劳折资15万元，尚有资金缺口45万元。
特申请县级特色产业发展补助资金45万元，请予支持。
妥否，请批示。
青石岭村村民委员会
2025年2月20日
""",
    ),
]
