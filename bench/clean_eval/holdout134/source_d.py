"""holdout134, part D: a neonatal nurse's blog, an anaesthesia department's account, a wafer
fab, a break-time exercise plan, a psychiatric nurse's collection, a maritime Party branch,
a pathology department, a titanium-alloy lab, kenaf, pomfret cages and others. Invented text."""

CASES = [
    dict(
        slug="blog-xiaoyu-neonatal-nurse-notes",
        site="小鱼护理手记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://xiaoyuhuli.example.blog/archives/2025/11/nicu-winter.html",
        title="在新生儿科当护士的第八年",
        record_title="在新生儿科当护士的第八年 - 小鱼护理手记 - 杏林博客圈",
        date="2025-11-19",
        notes="blog: 发表于 byline as the page date, reader comments and a reward button under; numbered list kept; a sentence about 关注 the hospital's account kept",
        page="""
!m 小鱼护理手记 · 守护最小的生命
!m 首页　护理日记　育儿科普　留言板
{T}
!m 发表于 2025-11-19 20:46 | 分类：护理日记 | 阅读 764
{BODY}
!a 觉得有用？打赏一杯奶茶
!l 评论（3）
!l 豆豆妈：谢谢你们，我家早产宝宝现在已经三岁了
!l 博主回复：真为宝宝高兴
!l 上一篇：早产宝宝出院后怎么喂｜下一篇：袋鼠式护理是什么
""",
        body="""
今年是我在新生儿科当护士的第八年，照顾过的宝宝最小的只有八百克，比一瓶矿泉水还轻。
这份工作教会我几件事：
1. 细心是第一位的。早产儿的奶量按毫升计算，多一毫升少一毫升都要记清楚。
2. 手要轻、要暖。每次接触宝宝前都要先把手捂热，操作尽量集中进行，让宝宝多睡觉。
3. 要学会和家长沟通。家长进不了病房，每天下午的电话随访，是他们一天里最盼望的时刻。
宝宝出院后有喂养和护理问题的家长，也可以关注我们医院的公众号，新生儿科每周三有线上答疑。
""",
    ),
    dict(
        slug="wechat-mirror-anaesthesia-preop-html",
        site="微文存档馆 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wx.weiwencun.example.com/a/2025/03/18/anesth-preop.html",
        title="手术前一晚，麻醉医生想对你说的几件事",
        record_title="手术前一晚，麻醉医生想对你说的几件事",
        date="2025-03-18",
        notes="WeChat archive page: account and original-article marks, an image placeholder between paragraphs, 在看/点赞 bar, a 'follow us' strip; a body line about 扫码 for pre-anaesthesia clinic kept",
        page="""
<html><head><meta charset="utf-8"><title>手术前一晚，麻醉医生想对你说的几件事</title></head><body>
<div class="site">⟦m 微文存档馆 · 好文章不丢失⟧</div>
<h1>⟦t 手术前一晚，麻醉医生想对你说的几件事⟧</h1>
<p class="meta">⟦m 原创　樾溪县人民医院麻醉科　2025年3月18日 21:05⟧</p>
{BODY}
<p class="bar">⟦l 点赞 215　在看 48　分享⟧</p>
<p class="follow">⟦a 点击上方蓝字，关注我们⟧</p>
<p class="copy">⟦d 内容转载自公众号“樾溪县人民医院”，如有侵权请联系删除⟧</p>
</body></html>
""",
        body="""
明天就要手术了，很多患者晚上睡不着。作为麻醉医生，我们想提醒大家几件事。
一、按要求禁食禁饮。成人手术前八小时不吃固体食物，两小时前可以少量喝清水。
二、如实告诉医生用药情况，特别是降压药、降糖药和抗凝药，哪些要停、哪些照吃，以麻醉医生的交代为准。
⟦m [图片]⟧
三、摘掉首饰、假牙和隐形眼镜，不要化妆、不涂指甲油。
需要提前咨询的患者，可以扫描门诊大厅的二维码预约麻醉评估门诊。
""",
    ),
    dict(
        slug="docshare-jingxin-wafer-fab-summary-markers",
        site="精芯资料共享 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.jingxinzl.example.com/d/7620411",
        title="晶圆厂洁净室运行部2025年上半年工作总结",
        record_title="晶圆厂洁净室运行部2025年上半年工作总结（可编辑）",
        date=None,
        notes="sharing page; page markers ⟬n⟭ on lines of their own cutting sentences; upload notice; no date (export stamp only)",
        indent="　　",
        pages=dict(fmt="⟬{n}⟭", every=130, start=2, glue=False),
        page="""
!m 精芯资料共享平台
!d 该文档为用户上传，仅供交流学习，平台不对内容真实性负责
{T}
!m 导出于 2025-08-02 11:20　共 4 页
{BODY}
!a 继续阅读全文需支付 3.00 元
!l 你可能还需要：洁净室温湿度记录表　无尘服穿戴规范
""",
        body="""
上半年，洁净室运行部围绕保障产线稳定运行的目标，重点抓了环境控制、设备维护和人员管理三项工作。
一、环境控制。光刻区洁净等级持续保持ISO 4级，温度波动控制在正负零点一摄氏度以内，未发生一次环境异常导致的停线。
二、设备维护。完成风机过滤单元滤网更换六百余台，纯水系统电阻率稳定在每厘米十八兆欧以上。
三、人员管理。全员完成洁净室行为规范复训，违规穿戴无尘服次数比去年同期下降七成。
下半年，部门将推进能耗优化，力争洁净室空调系统节电百分之八。
""",
    ),
    dict(
        slug="edu-kejian-break-exercise-plan-html",
        site="桐埠区教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.tbjy.example.gov.cn/jyzx/tzgg/2025/0303/6618.html",
        title="桐埠区中小学大课间活动实施方案",
        record_title="桐埠区中小学大课间活动实施方案_桐埠区教育信息网",
        date="2025-03-03",
        notes="education portal with a login strip, a 附件 download link (chrome) next to the document's own 附件 list (body), a table of times",
        page="""
<html><head><meta charset="utf-8"><title>桐埠区中小学大课间活动实施方案_桐埠区教育信息网</title></head><body>
<div class="login">⟦a 用户名　密码　登录　注册⟧</div>
<div class="logo">⟦m 桐埠区教育信息网⟧</div>
<ul class="nav"><li>⟦m 教育资讯⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 教研天地⟧</li><li>⟦m 德育园地⟧</li></ul>
<h2>⟦t 桐埠区中小学大课间活动实施方案⟧</h2>
<p class="info">⟦m 作者：体卫艺科　来源：区教育局　时间：2025-03-03　人气：1177⟧</p>
{BODY}
<p class="att">⟦a 附件下载：大课间活动安排表.xlsx⟧</p>
<div class="bottom">⟦m 桐埠区教育局 主办　地址：桐埠区文昌路7号⟧</div>
</body></html>
""",
        body="""
为保证学生每天校园体育活动时间不少于两小时，区教育局决定在全区中小学推行大课间活动，特制定本方案。
一、时间安排
学段　时间　时长
小学　上午9:40—10:10　30分钟
初中　上午9:50—10:20　30分钟
二、活动内容
大课间包括广播体操、跑操和自选项目三部分，自选项目由各校结合传统体育项目确定。
三、检查考核
区教育局每学期组织一次大课间展示评比，结果纳入学校年度考核。
附件：1．各校大课间活动安排表
2．大课间展示评比细则
""",
    ),
    dict(
        slug="oa-guangxian-fibre-plant-report",
        site="光弦光缆OA (invented)",
        style="企业内网",
        genre="请示",
        kind="report",
        form="text",
        source="http://oa.guangxian.example.local/gw/qs/2025-118",
        title="关于购置光纤拉丝塔备用加热炉的请示",
        record_title="关于购置光纤拉丝塔备用加热炉的请示",
        date="2025-05-08",
        notes="intranet request with its approval trail and read count; 文号 neutral; 抄送 line kept; the document-type line chrome",
        page="""
!m 光弦光缆有限公司 · 办公自动化系统
!m 公文类型：请示　紧急程度：急件
光弦设〔2025〕18号
{T}
{BODY}
!m 审批流程：设备部经理 ✓ → 分管副总 ✓ → 总经理 待审
!m 已阅 9 人　未阅 2 人
!a 转发　打印　归档
""",
        body="""
公司领导：
我公司拉丝车间三号拉丝塔加热炉已连续运行六年，近三个月炉温波动明显，多次出现断纤，影响光纤产品的一次合格率。
为保障生产，设备部拟购置备用加热炉一台，经询价，预计费用为八十六万元，资金从年度技改资金中列支。
妥否，请批示。
抄送：财务部、拉丝车间。
设备部
2025年5月8日
""",
    ),
    dict(
        slug="qa-zhidao-cardiac-stent-exercise-html",
        site="知道吧问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://zhidaoba.example.com/question/30018817.html",
        title="做完心脏支架后多久能运动？哪些运动合适？",
        record_title="做完心脏支架后多久能运动？哪些运动合适？_知道吧问答",
        date="2025-06-02",
        notes="Q&A page: the asker's line, an answerer card with 回答于 date (page date), a vote bar, 'other answers' list, login-to-answer prompt",
        page="""
<html><head><meta charset="utf-8"><title>做完心脏支架后多久能运动？哪些运动合适？_知道吧问答</title></head><body>
<div class="top">⟦m 知道吧问答⟧　⟦a 我要提问　登录⟧</div>
<h1>⟦t 做完心脏支架后多久能运动？哪些运动合适？⟧</h1>
<div class="ask">⟦m 提问者：小 禾苗　｜　浏览 3,118 次⟧</div>
<div class="ans-head">⟦m 采纳回答　心内科医师 魏晨光　回答于 2025-06-02⟧</div>
{BODY}
<div class="vote">⟦l 赞同 152　｜　评论 9⟧</div>
<div class="more">⟦l 其他 4 条回答⟧</div>
<div class="tip">⟦a 登录后即可回答问题⟧</div>
</body></html>
""",
        body="""
一般来说，择期放置支架、手术顺利的患者，出院后一周左右就可以开始散步等轻度活动；急性心肌梗死后放支架的，恢复时间要更长一些。
比较合适的运动是快走、慢骑自行车、打太极拳等有氧运动，每次三十分钟左右，每周五次。
运动强度以微微出汗、还能正常说话为宜，出现胸闷、胸痛、心慌要立即停止并及时就医。
建议术后一个月到心内科复查，做一次运动心肺评估，由医生制定个体化的运动处方。
""",
    ),
    dict(
        slug="collection-modian-psychiatric-ward-memoir",
        site="墨点文存 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://modianwencun.example.org/author/lishu/0042.html",
        title="在精神专科医院病房的十年",
        record_title="在精神专科医院病房的十年",
        date="2023-10-15",
        notes="personal collection; a bracketed date line under the title (a byline style date); chapter nav; copyright line",
        page="""
!m 墨点文存 › 李舒文集 › 散文卷
{T}
!m 〔2023-10-15〕
{BODY}
!l ← 前一篇　目录　后一篇 →
!d 作者保留全部权利，未经许可不得转载
""",
        body="""
我在精神专科医院的病房做了十年护士，很多人问我怕不怕，其实更多的时候是心疼。
病房里的患者大多很安静，他们需要的是按时吃药、规律作息，还有一个愿意听他们说话的人。
有位老先生每天早上都要给我背一首唐诗，出院那天，他把抄得工工整整的一本诗集送给了我。
社会上对精神疾病的误解还很多，我写下这些，只希望大家能多一分理解，少一分偏见。
""",
    ),
    dict(
        slug="dangjian-haishi-branch-summary-text",
        site="楸原海事党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.qiuyuanmsa.example.gov.cn/zbjs/2025/1205/327.html",
        title="楸原海事处党支部2025年党建工作总结",
        record_title="【支部风采】楸原海事处党支部2025年党建工作总结",
        date="2025-12-05",
        notes="Party-building site: slogan line, a 学习强国-like study prompt between paragraphs on its own line, a byline date, 上一篇/下一篇",
        page="""
!m 楸原海事党建 · 红帆领航
!m 首页 ＞ 支部建设 ＞ 支部风采
{T}
!m 发布日期：2025-12-05　来源：楸原海事处　点击数：142
{BODY}
!l 上一篇：海事处开展“主题党日”进码头活动
!l 下一篇：青年理论学习小组读书分享会
!d 楸原海事党建网　版权所有
""",
        body="""
2025年，楸原海事处党支部坚持党建与业务深度融合，以“红帆护航”党建品牌为抓手，推动各项工作取得新成效。
一是理论学习走深走实。支部全年开展集中学习十二次，讲专题党课四次，党员学习教育实现全覆盖。
⟦a 每日学习打卡，点此进入学习平台⟧
二是党员先锋作用充分发挥。成立党员先锋岗三个，在汛期巡航和客渡船安全检查中冲在一线，全年辖区未发生等级以上水上交通事故。
三是作风建设持续加强。开展窗口服务满意度测评，船员办事满意率达到百分之九十九。
""",
    ),
    dict(
        slug="hospital-ruikang-pathology-html",
        site="栎溪市瑞康医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lxruikang.example.com/ksdt/blk/2025/0410/1209.html",
        title="我院病理科通过省级临床病理质控中心评审",
        record_title="我院病理科通过省级临床病理质控中心评审",
        date="2025-04-10",
        notes="hospital department news: department nav in a sidebar, 预约挂号/就诊指南 bar, the department's own 咨询电话 kept; footer with hotline and address",
        page="""
<html><head><meta charset="utf-8"><title>我院病理科通过省级临床病理质控中心评审-科室动态-栎溪市瑞康医院</title></head><body>
<div class="hd">⟦m 栎溪市瑞康医院⟧</div>
<div class="quick">⟦a 预约挂号　报告查询　就诊指南　在线缴费⟧</div>
<div class="left">⟦l 科室导航⟧<ul><li>⟦l 科室简介⟧</li><li>⟦l 专家团队⟧</li><li>⟦l 科室动态⟧</li></ul></div>
<h1>⟦t 我院病理科通过省级临床病理质控中心评审⟧</h1>
<div class="meta">⟦m 2025-04-10　病理科　浏览 633⟧</div>
{BODY}
<div class="ft">⟦m 医院总机：0577-5901 6000　地址：栎溪市健康路2号⟧<br>⟦d 本站信息仅供参考，不作为诊疗依据⟧</div>
</body></html>
""",
        body="""
4月8日至9日，省临床病理质控中心专家组对我院病理科进行现场评审，病理科以优良成绩通过评审。
专家组通过查阅资料、现场查看和抽查切片等方式，对科室的标本管理、技术质量和诊断报告进行了全面检查。
近三年来，病理科年均完成组织病理检查一万八千余例，术中冰冻快速诊断的平均报告时间缩短到二十五分钟。
病理科咨询电话：0577-5901 6231。
""",
    ),
    dict(
        slug="university-xingyuan-titanium-lab-speech-html",
        site="星原理工学院 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.xylg.example.edu.cn/xwzx/ldjh/2025/0920/5541.htm",
        title="在钛合金材料重点实验室揭牌仪式上的致辞",
        record_title="在钛合金材料重点实验室揭牌仪式上的致辞-星原理工学院",
        date="2025-09-20",
        notes="university site: a speech with the speaker and a date under the title (neutral lines), campus nav, quick links sidebar, footer",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>在钛合金材料重点实验室揭牌仪式上的致辞-星原理工学院</title></head><body>
<div class="hd">⟦m 星原理工学院⟧<span>⟦m 学校首页　信息公开　English⟧</span></div>
<div class="nav">⟦m 学校概况　院系设置　招生就业　科学研究　校园文化⟧</div>
<div class="pos">⟦m 位置：首页 >> 新闻中心 >> 领导讲话⟧</div>
<h1>⟦t 在钛合金材料重点实验室揭牌仪式上的致辞⟧</h1>
<p class="c">校长　邵文远</p>
<p class="c">2025年9月20日</p>
{BODY}
<div class="side">⟦l 快速通道：校历　电话黄页　校园地图⟧</div>
<div class="ft">⟦d 版权所有©星原理工学院⟧　⟦m 晋ICP备05003316号⟧</div>
</body></html>
""",
        body="""
尊敬的各位来宾，老师们、同学们：
今天，省钛合金材料重点实验室在我校正式揭牌。我代表学校，向关心支持实验室建设的各级领导和企业朋友表示衷心的感谢！
实验室建有熔炼、锻造、热处理和性能检测四个平台，将围绕航空用高强钛合金和医用钛合金开展研究，并与本地六家钛材企业共建中试基地。
希望实验室的老师和同学们瞄准产业需求，把论文写在车间里，把成果用在产品上。
谢谢大家！
""",
    ),
    dict(
        slug="localforum-yuanqu-kenaf-purchase-post",
        site="苑曲生活论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.yuanqu.example.com/t/58812",
        title="2025年红麻收购价格及收购点安排",
        record_title="【本地资讯】2025年红麻收购价格及收购点安排（附时间地点）",
        date="2025-09-28",
        notes="county forum; a schedule table one row a paragraph; forum level badges, a reply quoting the post, and an ad line",
        page="""
!m 苑曲生活论坛 » 本地资讯
!m 楼主：苑曲农技站　发表于 2025-09-28　等级：版主　积分 9812
{T}
{BODY}
!l 沙发：今年价格比去年高一毛
!l 板凳：引用楼主——北河村那个点几点开门？
!w 苑曲农资店，化肥送货上门，电话 138 0562 7319
""",
        body="""
今年红麻收购工作即将开始，县麻纺公司收购价格和收购点安排如下：
收购点　时间　等级价格（元/公斤）
南关村晒场　10月8日起　一级4.6
柳营乡收购站　10月10日起　一级4.5
北河村仓库　10月12日起　一级4.5
请麻农将麻皮晒干、捆扎整齐，含水率不超过百分之十四，严禁掺杂使假。
苑曲县麻纺有限公司
2025年9月28日
""",
    ),
    dict(
        slug="download-nongjia-pomfret-cage-technique",
        site="农家资料下载网 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.nongjiaxz.example.com/down/yz/80715.html",
        title="金鲳鱼深水网箱养殖技术方案",
        record_title="金鲳鱼深水网箱养殖技术方案 免费下载",
        date=None,
        notes="download station: file-info lines, a 'report dead link' line, download buttons; decimal headings; no date",
        page="""
!m 农家资料下载网 - 种植养殖技术资料
!m 文件格式：PDF　文件大小：1.1MB　星级：★★★★☆　更新：2025-10-30
{T}
{BODY}
!a 本地下载　网通下载　高速下载器下载
!a 链接无法打开请点此反馈
!d 声明：本站所有资料来源于网络，如有侵权请联系删除。
""",
        body="""
1 海区选择
网箱应设置在风浪较小、水深十五米以上、水流通畅的海区，远离河口和排污口。
2 鱼苗放养
2.1 鱼苗规格以体长八至十厘米为宜，放养前用淡水浸浴五分钟。
2.2 每立方米水体放养十五至二十尾。
3 日常管理
3.1 每天投喂两次，投喂量为鱼体重的百分之三至五，台风前一天停喂。
3.2 每月换洗网衣一次，检查网箱框架和锚泊系统，发现破损及时修补。
""",
    ),
]
