"""holdout136, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区 — invented sites and documents."""

CASES = [
    dict(
        slug="blog-muyang-lamb-fattening-html",
        site="牧羊人老岑的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="essay",
        form="html",
        source="https://blog.caoyuanjian.example.net/laocen/archives/1207.html",
        title="羔羊育肥技术培训班学习心得",
        record_title="【原创】羔羊育肥技术培训班学习心得 | 牧羊人老岑",
        date="2025-04-21",
        notes="blog template: tag cloud, archive, bracketed post time, comment box; a sentence about 扫码 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【原创】羔羊育肥技术培训班学习心得 | 牧羊人老岑</title></head><body>
<header><h2>⟦m 牧羊人老岑⟧</h2><p>⟦m 一个草原兽医的放牧笔记⟧</p></header>
<nav>⟦l 首页　随笔　养殖技术　关于我⟧</nav>
<article><h1>⟦t 羔羊育肥技术培训班学习心得⟧</h1>
<p class="meta">⟦m [2025-04-21 22:40]　分类：养殖技术　阅读(388)⟧</p>
{BODY}
<p class="tags">⟦l 标签：羔羊　育肥　培训⟧</p></article>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 兽医 草场 剪毛 驱虫 青贮⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年4月(3)　2025年3月(5)⟧</p></aside>
<div class="comment">⟦l 发表评论（昵称必填，邮箱不公开）⟧</div>
<footer>⟦d © 2025 牧羊人老岑 · 转载请保留原文链接⟧</footer>
</body></html>
""",
        body="""
4月中旬，我参加了旗农牧局举办的羔羊育肥技术培训班，五天的课程让我这个干了二十年兽医的人也收获不少。
一是分阶段饲喂的道理讲得透。过渡期、育肥前期和后期的精粗料比例不同，过去我们凭经验一把料喂到底，浪费大，增重慢。
二是防疫要抓在前头。羔羊入圈后三天内完成驱虫和三联四防疫苗注射，这一条我回去就要在合作社推开。
三是要记好账。老师让我们扫码下载育肥记录表，每天记采食量和增重，出栏时算清每只羊的成本。
培训结束了，学以致用才是硬道理，今年合作社计划育肥羔羊八百只，我争取把死亡率压到百分之二以下。
""",
    ),
    dict(
        slug="blog-shenlan-freediving-coach-text",
        site="深蓝一口气 (invented)",
        style="博客",
        genre="规章制度",
        kind="rules",
        form="text",
        source="https://shenlanyikouqi.example.blog/post/2025/07/pool-rules",
        title="自由潜泳池训练安全守则",
        record_title=None,
        date="2025-07-05",
        notes="personal blog, title missing from the record; a numbered rule list with decimal headings kept; a blog-post time line",
        page="""
!m 深蓝一口气 · 一个自由潜教练的日常
!l 首页 / 训练日志 / 装备 / 安全
{T}
!m 发表于 2025年7月5日　by 阿澈　· 评论 12
{BODY}
!l 上一篇：第一次下到二十米　|　下一篇：鼻腔平衡的三个误区
!w 想约体验课？留言或私信公众号「深蓝一口气」
!d 本文为个人训练经验，不构成专业指导，练习请在教练陪同下进行。
""",
        body="""
这份守则是我们俱乐部泳池课的底线，每位学员第一次上课前都要读一遍并签字。
1.训练前
1.1 训练前两小时内不进食大量食物，不饮酒，身体不适或感冒时不下水。
1.2 每次下水前由教练检查配重，配重带必须能单手快速解脱。
2.训练中
2.1 严格执行“一上一看”，一名学员憋气时，搭档必须在水面全程注视。
2.2 禁止在换气前进行过度换气，任何人出现异常立即终止当次训练。
3.训练后
3.1 出水后做恢复呼吸，休息时间不少于憋气时间的两倍。
""",
    ),
    dict(
        slug="wechat-mirror-qiaoxue-soy-milk-html",
        site="侨学教育公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wx.mirrorhub.example.com/s/qiaoxue_edu/2025-09-01-soymilk",
        title="关于全县中小学课间豆浆供应工作的告家长书",
        record_title="关于全县中小学课间豆浆供应工作的告家长书",
        date="2025-09-01",
        notes="WeChat mirror: account line date; 阅读原文/在看 row; a sentence telling parents to 关注/扫码 kept; follow card at the bottom",
        page="""
<html><head><meta charset="utf-8"><title>关于全县中小学课间豆浆供应工作的告家长书</title></head><body>
<div class="mirror-bar">⟦m 公众号文章镜像站 · 仅作存档⟧</div>
<h1>⟦t 关于全县中小学课间豆浆供应工作的告家长书⟧</h1>
<div class="profile">⟦m 侨学教育　2025年9月1日 18:30　发表于湘南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="ops">⟦l 阅读原文　阅读 5,142　赞 96　在看 33⟧</div>
<div class="card">⟦a 长按识别二维码，关注「侨学教育」⟧</div>
<div class="note">⟦d 本镜像页内容来自公开推送，版权归原公众号所有⟧</div>
</body></html>
""",
        body="""
尊敬的各位家长：
为改善学生营养状况，经县政府研究，从本学期起在全县中小学推行课间豆浆供应，所需经费由财政和家长按比例分担。
一、供应标准。每生每个上课日供应现磨豆浆二百毫升，家长每月承担十二元，低保、特困家庭学生全额免除。
二、质量保障。豆浆由县教育后勤服务中心统一加工配送，实行留样四十八小时制度，县市场监管局定期抽检。
三、自愿原则。家长可自愿选择是否参加，请于9月5日前关注学校公众号，扫码填写意向确认单。
如有疑问，请咨询县教育后勤服务中心，电话：0735-7218806。
侨县教育局
2025年9月1日
""",
    ),
    dict(
        slug="wechat-mirror-lishan-eucalyptus-letter",
        site="漓山林业公众号镜像 (invented)",
        style="公众号镜像",
        genre="函",
        kind="letter",
        form="text",
        source="https://mp.wxdump.example.org/a/lishanlinye/eucalyptus-water",
        title="关于桉树人工林水源区逐步退出问题的复函",
        record_title="关于桉树人工林水源区逐步退出问题的复函｜漓山林业",
        date="2025-10-14",
        notes="WeChat mirror text: 原创 tag and account line; reply-letter 文号 neutral; an interactive prompt between paragraphs; hashtags at the bottom",
        page="""
!m 原创　漓山林业　漓山县林业局
!t 关于桉树人工林水源区逐步退出问题的复函｜漓山林业
!m 2025-10-16 09:12　广西
漓林函〔2025〕37号
{BODY}
!l #桉树 #水源保护 #林业改革
!l 往期推荐｜县林场改革三年回顾
!a 点个在看，你最好看
""",
        body="""
县政协：
你们转来的《关于饮用水源区桉树林逐步退出的建议》收悉。经研究，现答复如下。
一、我局赞同在饮用水源一级保护区逐步退出桉树人工林的意见，今年已完成调查摸底，涉及桉树林一千八百亩。
⟦a 留言区说说：你家附近的桉树林有什么变化？⟧
二、退出将结合采伐期分三年实施，采伐后营造乡土阔叶树混交林，所需苗木由县林业局统一供应。
三、对受影响林农，按照生态公益林补偿标准给予补助，并优先安排护林员岗位。
感谢你们对林业工作的关心和支持。
漓山县林业局
2025年10月14日
""",
    ),
    dict(
        slug="docshare-wenhe-icehouse-plan-markers",
        site="文荷共享 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.wenheshare.example.com/doc/4410792.html",
        title="葛村古冰窖保护修缮实施方案",
        record_title="葛村古冰窖保护修缮实施方案.pdf",
        date="2025-05-30",
        notes="sharing site, file-name title, cut by ﹝n﹞ markers glued at line starts (not wrapped), upload notice in own words",
        pages=dict(fmt="﹝{n}﹞", every=140, start=2, glue=True),
        page="""
!m 文荷共享 · 文档改变工作
!t 葛村古冰窖保护修缮实施方案.pdf
!m 分享者：gecun_wenbao　上传于2025-06-02　下载 17 次
{BODY}
!d 温馨提示：本资料由分享者自行上传，文荷共享不对内容真实性负责，若涉及侵权请提交申诉。
!a 下载此文档（需8荷叶）　｜　收藏　｜　纠错
""",
        body="""
葛村古冰窖建于清代中期，是县内现存规模最大的民间藏冰设施，2019年公布为县级文物保护单位。为做好保护修缮，制定本方案。
一、现状评估。冰窖拱顶局部渗水，东侧窖门石构件断裂，窖内排水暗沟淤塞。
二、修缮原则。坚持不改变文物原状、最小干预，能修补的不更换，必须更换的采用同材质石料。
三、工程内容。清理排水暗沟，加固拱顶，归安窖门石构件，并在冰窖周边设置保护标志和说明牌。
四、进度安排。7月完成设计审批，8月至10月施工，11月组织验收。
县文物保护中心
2025年5月30日
""",
    ),
    dict(
        slug="docshare-dianji-briquette-rules-html",
        site="点集文档 (invented)",
        style="文档分享",
        genre="规章制度",
        kind="rules",
        form="html",
        source="https://dianji.example.cn/d/7712093",
        title="机制炭生产车间安全操作规程",
        record_title="机制炭生产车间安全操作规程（可编辑）",
        date=None,
        notes="sharing reader: an upload stamp and a year-only title-free page; rules that speak of 打印 kept; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>机制炭生产车间安全操作规程（可编辑）- 点集文档</title></head><body>
<div class="head">⟦m 点集文档⟧　⟦a 上传文档　我的文档　登录⟧</div>
<h1>⟦t 机制炭生产车间安全操作规程（可编辑）⟧</h1>
<div class="docinfo">⟦m 格式：doc　2页　上传时间：2025-03-11 14:20　浏览：62⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="dl">⟦a 本文档共2页，可免费预览全部，下载无水印版请用积分兑换⟧</div>
<div class="rel"><b>⟦l 相关推荐⟧</b>⟦l 炭化炉操作规程　锅炉房安全制度⟧</div>
<div class="foot">⟦d 用户上传文档仅供交流学习，如需商用请联系原作者⟧</div>
</body></html>
""",
        body="""
第一条　为规范机制炭生产车间作业，防止火灾、烫伤和机械伤害事故，制定本规程。
第二条　上岗人员必须经过安全培训，熟悉制棒机、炭化炉的性能和操作要求。
第三条　制棒机运行中严禁用手清理出料口，需清理时必须停机断电并挂牌。
第四条　炭化炉点火前检查烟道和温控仪表，炭化期间每小时记录一次炉温，当班结束时将记录打印存档。
第五条　成品炭须冷却二十四小时以上方可入库，库内严禁烟火。
第六条　本规程由生产安全科负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="edu-ruixi-crossing-guard-html",
        site="瑞溪区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.ruixi.example.gov.cn/tzgg/2025/0226/1140.html",
        title="关于在全区中小学校门口设立爱心护学岗的通知",
        record_title="关于在全区中小学校门口设立爱心护学岗的通知_通知公告_瑞溪区教育局",
        date="2025-02-26",
        notes="education portal: time-slot table kept; 联系人 line kept next to the bureau's phone in the footer; 印发 line kept",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于在全区中小学校门口设立爱心护学岗的通知_通知公告_瑞溪区教育局</title></head><body>
<div class="top">⟦m 瑞溪区教育局　办人民满意的教育⟧</div>
<div class="menu">⟦l 首页　教育要闻　通知公告　招生考试　政务公开⟧</div>
<div class="pos">⟦m 当前位置：首页 > 通知公告⟧</div>
<h2>⟦t 关于在全区中小学校门口设立爱心护学岗的通知⟧</h2>
<div class="sub">⟦m 信息来源：安全科　发布日期：2025-02-26⟧</div>
{BODY}
<div class="rel">⟦l 相关文章：春季开学安全工作提示　校车安全管理办法⟧</div>
<div class="ft">⟦m 主办：瑞溪区教育局　地址：瑞溪区文昌路8号　电话：0591-2660301⟧</div>
</body></html>
""",
        body="""
各中小学校：
为保障学生上下学交通安全，经研究，决定在全区中小学校门口设立爱心护学岗。
一、人员组成。护学岗由学校教师、家长志愿者和辖区交警、辅警共同组成，每岗不少于三人。
二、上岗时间
学段　早上　下午
小学　7:20—8:00　16:30—17:10
初中　7:00—7:40　17:20—18:00
三、工作要求。护学人员统一穿着反光背心，引导学生走斑马线，劝离校门口违停车辆。
联系人：区教育局安全科　郑一帆　电话：0591-2660318
瑞溪区教育局办公室　2025年2月26日印发
""",
    ),
    dict(
        slug="edu-jiangdu-school-javelin-rules-text",
        site="江渡第一中学 (invented)",
        style="教育门户",
        genre="规章制度",
        kind="rules",
        form="text",
        source="http://www.jdyz.example.edu.cn/tyb/show.php?id=2291",
        title="江渡一中田径队标枪铁饼训练安全规定",
        record_title="江渡一中田径队标枪铁饼训练安全规定_体育组_江渡第一中学",
        date="2025-03-03",
        notes="school site text page: a font-size row, a print row, an 'editor / reviewer' line at the bottom",
        page="""
!m 江渡第一中学　JIANGDU No.1 MIDDLE SCHOOL
!m 首页 >> 教研组 >> 体育组
!t 江渡一中田径队标枪铁饼训练安全规定_体育组_江渡第一中学
!m 发布人：体育组　时间：2025-03-03　浏览：219次
!a [字体 大 中 小]
{BODY}
!m 编辑：韩立波　审核：许晓彤
!a 打印本页 | 关闭
""",
        body="""
为防止投掷项目训练中发生伤害事故，结合学校田径场实际，制定本规定。
一、投掷训练只能在田径场西侧投掷区进行，投掷区外沿拉设警戒线，训练期间禁止其他人员进入。
二、训练必须在教练员在场时进行，器械由教练统一发放和回收，学生不得私自取用。
三、实行统一口令，所有队员在同一侧投掷，须等全部器械落地后，听口令统一拾取。
四、雨天场地湿滑时停止标枪、铁饼训练，改为室内力量练习。
江渡第一中学体育组
2025年3月3日
""",
    ),
    dict(
        slug="oa-jinlan-necktie-minutes-html",
        site="锦澜服饰内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.jinlanfs.example.local/doc/view.aspx?id=20251107-0031",
        title="领带事业部2025年第四季度生产调度会纪要",
        record_title=None,
        date="2025-11-07",
        notes="intranet document view with 流转记录 and read counts; minutes' 时间/地点/主持/参会/记录 lines kept; an order table kept",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 锦澜服饰协同办公平台</title></head><body>
<div class="sys">⟦m 锦澜服饰协同办公平台　当前用户：质检部 冯悦⟧</div>
<div class="btns">⟦a 办理　转发　打印　导出PDF　关注⟧</div>
<h2>⟦t 领带事业部2025年第四季度生产调度会纪要⟧</h2>
<div class="docmeta">⟦m 拟稿：事业部综合办　密级：内部　已读 41 人 / 未读 6 人⟧</div>
{BODY}
<div class="flow"><b>⟦m 流转记录⟧</b><br>⟦m 2025-11-07 16:20 综合办 何敏 发起⟧<br>⟦m 2025-11-08 09:03 事业部总经理 签阅⟧</div>
<div class="foot">⟦d 内部资料，严禁外传。⟧</div>
</body></html>
""",
        body="""
时间：2025年11月7日14:00
地点：事业部二楼会议室
主持：事业部总经理 邵国梁
参会：生产部、技术部、质检部、采购部负责人
记录：何敏
会议听取了第四季度订单执行情况汇报，研究了春节前交货安排。现纪要如下。
一、确保重点订单交付。以下订单须在12月20日前完成：
客户　品种　数量（条）
锦程商务　真丝提花领带　18000
北湾制服　涤纶斜纹领带　42000
二、提升一次合格率。技术部牵头对缝制线张力不稳问题进行攻关，质检部每日通报返修率。
三、采购部提前储备真丝面料，确保1月份不断料。
""",
    ),
    dict(
        slug="oa-zhenglong-steamer-summary-text",
        site="蒸笼坊竹制品内网 (invented)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://192.168.10.8/oa/gonggao/2025-12-28-zj.htm",
        title="竹蒸笼车间2025年工作总结",
        record_title="竹蒸笼车间2025年工作总结.doc",
        date="2025-12-28",
        notes="intranet text export: file-name title, an export stamp, a watermark line between paragraphs; data table kept",
        page="""
!m 桐坪蒸笼坊竹制品有限公司 · 内部办公系统
!m 公告通知 / 部门总结
!t 竹蒸笼车间2025年工作总结.doc
!m 导出人：lijian　导出时间：2026-01-03 10:44
{BODY}
!d 本文件仅限公司内部传阅
!a 【返回】【打印】
""",
        body="""
2025年，车间在公司领导下，克服竹材涨价和订单波动的困难，较好完成了全年生产任务。
一、主要指标
项目　计划　完成
蒸笼（套）　60000　63200
竹垫（片）　150000　148700
⟦m 内部资料·复制无效·lijian 2026-01-03⟧
二、质量工作。推行首件检验和班组互检，出口订单一次检验合格率达到百分之九十八点六。
三、安全生产。更新破竹机防护罩四台，全年无工伤事故。
四、存在问题。熟练编制工流失较多，新进员工技能不足。明年将开办师带徒培训班。
竹蒸笼车间
2025年12月28日
""",
    ),
    dict(
        slug="qa-wenjing-breast-milk-bank-html",
        site="问井问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.wenjing.example.com/question/88104412",
        title="市妇幼保健院母乳库捐赠须知",
        record_title="我想给母乳库捐奶，需要什么条件？",
        title_also=["我想给母乳库捐奶，需要什么条件？"],
        date="2025-08-12",
        notes="Q&A page: the question as the record title; the answer quotes the hospital's notice; 回答于 is the page date; vote bar and related questions",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我想给母乳库捐奶，需要什么条件？ - 问井问答</title></head><body>
<div class="hd">⟦m 问井问答 · 有问必答⟧　⟦a 提问　登录⟧</div>
<div class="q"><h1>我想给母乳库捐奶，需要什么条件？</h1><p>⟦m 提问者：小芽妈妈　2025-08-11⟧</p></div>
<div class="best">⟦m 最佳答案⟧</div>
<div class="ans-user">⟦m 妇幼保健小助手　回答于 2025-08-12　采纳率 93%⟧</div>
<h3>⟦t 市妇幼保健院母乳库捐赠须知⟧</h3>
{BODY}
<div class="vote">⟦l 有用(214)　没用(3)　评论(17)⟧</div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 母乳库的奶给谁用？⟧</p><p>⟦l 捐奶会影响自己宝宝吗？⟧</p></div>
<div class="ft">⟦d 回答内容仅供参考，具体以医疗机构解释为准⟧</div>
</body></html>
""",
        body="""
一、捐赠对象。身体健康、正在哺乳期且奶量充足的妈妈，自己的宝宝生长发育良好。
二、捐赠流程。首次捐赠须到母乳库登记，完成健康问卷和血液检查，检查合格后领取储奶袋。
三、注意事项。捐赠期间不吸烟、不饮酒，服用药物前须告知母乳库工作人员。
四、捐赠的母乳经巴氏消毒和细菌检测后，优先供新生儿重症监护病房的早产儿使用。
咨询电话：母乳库 0731-8420776（工作日8:00—17:00）。
""",
    ),
    dict(
        slug="qa-zhidian-tidal-lane-text",
        site="知点问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://zhidian.example.net/q/5530912",
        title="潮汐车道怎么走？",
        record_title=None,
        date=None,
        notes="Q&A text page: the question found on the page as the title; relative times only, no date; answerer line and follow prompt",
        page="""
!m 知点问答 > 交通出行
{T}
!m 提问于 2天前 · 1.2万次浏览
!m 认证答主「城市交通观察」的回答
{BODY}
!l 赞同 388 · 反对 · 12 条评论 · 收藏
!a 关注问题　写回答　邀请回答
!l 更多回答（7）
""",
        body="""
潮汐车道就是根据早晚高峰车流方向变化，调整行驶方向的可变车道。
它一般在路面用双黄虚线标出，车道上方装有车道指示灯，绿色箭头表示可以驶入，红色叉号表示禁止驶入。
驶入前一定要先看头顶的指示灯，不要只看地面标线，也不要看到前车进去就跟着进。
指示灯切换时有过渡时段，已经在车道内的车辆可以继续通行，但后面的车就不能再驶入了。
""",
    ),
]
