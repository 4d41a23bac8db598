"""holdout174, part D: thumbtacks (图钉) — invented sites, counties, people and chrome."""

CASES = [
    dict(
        slug="mail-thumbtack-noticeboard-fwd-html",
        site="璟溪街道邮件系统 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.jingxi.example.gov.cn/read?mid=77120",
        title="关于规范社区宣传栏张贴管理的通知",
        record_title="转发：关于规范社区宣传栏张贴管理的通知",
        date="2024-04-09",
        notes="webmail reading view in HTML: header table, attachment bar; document's own 附件 and 印发 line kept",
        page="""
<html><head><title>转发：关于规范社区宣传栏张贴管理的通知 - 政务邮箱</title></head><body>
<div class="toolbar">⟦a 回复⟧ ⟦a 回复全部⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 标记为未读⟧</div>
<table class="mailhead">
<tr><td>⟦m 发件人：街道宣传办 &lt;xcb@jingxi.example.gov.cn&gt;⟧</td></tr>
<tr><td>⟦m 时　间：2024年4月10日(星期三) 上午8:47⟧</td></tr>
<tr><td>⟦m 收件人：各社区党委⟧</td></tr>
</table>
<h3>{T}</h3>
<div class="att">⟦a 附件1个：宣传栏张贴登记表.xls（18K）下载 预览⟧</div>
<div class="mailbody">
{BODY}
</div>
<div class="sig">⟦d 本邮件及附件仅限收件人使用，如误收请删除⟧</div>
</body></html>
""",
        body="""
各社区：
近期检查发现，部分小区宣传栏乱贴乱挂，过期通知长期不清理，图钉、胶带随意散落，存在划伤儿童的隐患。现就有关事项通知如下。
一、各社区宣传栏实行专人管理，张贴内容须经社区审核登记。
二、张贴统一使用磁贴或平头图钉，禁止使用胶水和双面胶，撤除时须将图钉一并收回。
三、过期通知每周清理一次，宣传栏周边不得散落图钉等尖锐物品。
附件：宣传栏张贴登记表
璟溪街道办事处党政办公室　2024年4月9日印发
""",
    ),
    dict(
        slug="anthology-thumbtack-map-memoir",
        site="墨舟文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://mozhou.example.net/wenji/juan2/41.html",
        title="墙上的地图和图钉",
        record_title="《墨舟文集》卷二·第17篇｜墙上的地图和图钉",
        date=None,
        notes="personal collection with volume decoration; chapter nav; no date",
        page="""
!m 墨舟文集 · 一个退休测绘员的文字
!m 卷二 › 第17篇
{T}
{BODY}
!l ← 第16篇：野外的帐篷　　目录　　第18篇：老同事 →
!l 读者留言（2）
""",
        body="""
我在测绘队工作了三十五年，办公室墙上一直挂着一张全县地形图，上面扎满了红色和蓝色的图钉。
红图钉是已经完成的测区，蓝图钉是还没去的地方，每拔下一颗蓝的、换上一颗红的，大家都要欢呼一阵。
最难的是西北角那片山区，那颗蓝图钉在图上扎了整整两年，直到修通了上山的便道，我们才把它换成红色。
退休那天，我把那颗蓝图钉要了回来，至今还放在书桌的抽屉里。
""",
    ),
    dict(
        slug="exam-thumbtack-materials-rule-html",
        site="瑭岭人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.tangling.example.gov.cn/tzgg/2024/0605/339.html",
        title="瑭岭市2024年事业单位统一招聘笔试考生须知",
        record_title="【考务公告】瑭岭市2024年事业单位统一招聘笔试考生须知",
        date="2024-06-05",
        notes="exam site; numbered list; body says to 打印 the 准考证; consult phone beside site's tech line",
        page="""
<html><head><title>【考务公告】瑭岭市2024年事业单位统一招聘笔试考生须知</title></head><body>
<div class="top">⟦m 瑭岭人事考试网⟧ ⟦m 公开　公平　公正⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 考试动态⟧ ⟦m 报名入口⟧ ⟦m 成绩查询⟧ ⟦m 证书领取⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 时间：2024-06-05　来源：考试中心　阅读：12806⟧</div>
{BODY}
<div class="box">⟦m 考试网技术咨询：0736-5102388⟧</div>
<div class="ft">⟦m 主办：瑭岭市人事考试中心⟧ ⟦m 湘ICP备13009021号⟧</div>
</body></html>
""",
        body="""
一、考生应于6月18日至21日登录本网打印准考证，并仔细核对个人信息。
二、考生须携带准考证和有效身份证件原件，提前30分钟到达考点。
三、考生只准携带黑色签字笔、2B铅笔、橡皮，禁止携带图钉、小刀、修正带等物品进入考场。
四、考场内张贴的座位表请勿撕扯或拔动图钉。
五、考试结束信号发出后，考生应立即停止答题，待监考人员收齐试卷后方可离场。
咨询电话：0736-5109012。
""",
    ),
    dict(
        slug="oa-thumbtack-office-5s-summary-html",
        site="璩城机床集团内网 (invented)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://portal.qcjc.example.local/news/detail.aspx?id=3308",
        title="行政部2024年上半年办公区6S管理工作总结",
        record_title="行政部2024年上半年办公区6S管理工作总结",
        date="2024-07-05",
        notes="intranet document view with read counts and approval trail; table",
        page="""
<html><head><title>集团门户</title></head><body>
<div class="hd">⟦m 璩城机床集团 · 协同门户⟧ ⟦m 欢迎您，葛涛⟧ ⟦a 退出⟧</div>
<div class="tree">⟦m 信息中心 / 部门动态 / 行政部⟧</div>
<h3>{T}</h3>
<div class="doc-meta">⟦m 发布部门：行政部　发布时间：2024-07-05 17:22　已读 213　未读 58⟧</div>
{BODY}
<div class="trail">⟦m 审批记录：部门经理 韦岚 同意 2024-07-05 15:10；分管副总 于海 同意 2024-07-05 16:48⟧</div>
<div class="ops">⟦a 打印⟧ ⟦a 转发⟧ ⟦a 收藏⟧</div>
</body></html>
""",
        body="""
上半年，行政部以“整理、整顿、清扫、清洁、素养、安全”为主线，在集团办公区推进6S管理。
一是统一了办公桌面定置标准，文件架、笔筒、图钉盒等小物品按照定置图摆放。
二是清理各楼层公告栏，拆除过期张贴物1200余张，回收图钉、长尾夹约3公斤。
三是每月开展一次评比，评比结果如下：
部门　一月　三月　五月
技术中心　86　91　94
财务部　90　92　95
营销中心　78　85　89
下半年，我们将把6S管理延伸到车间办公室和仓库，巩固上半年成果。
""",
    ),
    dict(
        slug="corp-thumbtack-factory-safety-news",
        site="瑛川五金制品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.ycwujin.example.com/news/2024/82.html",
        title="图钉冲压车间开展机械伤害应急演练",
        record_title="图钉冲压车间开展机械伤害应急演练-新闻中心-瑛川五金",
        date="2024-06-14",
        notes="company news as text; photo caption between paragraphs; dotted date; product menu chrome",
        page="""
!m 瑛川五金制品有限公司　YINGCHUAN HARDWARE
!m 网站首页 | 产品展示 | 新闻中心 | 联系我们
{T}
!m 发布日期：2024.06.14　　浏览次数：57
{BODY}
!l 上一条：公司通过ISO9001再认证
!m 服务热线：0760-2318 8877　传真：0760-2318 8878
""",
        body="""
6月13日下午，公司在图钉冲压车间开展机械伤害事故应急演练，车间全体员工和安全管理人员共60余人参加。
演练模拟一名员工在更换冲压模具时手指被压伤，现场人员立即按下急停按钮、切断电源，并实施止血包扎。
⟦m 图为演练现场。⟧
随后，车间安全员带领员工复习了冲床双手按钮、光电保护装置的使用要求。
公司安全总监莫晓东表示，图钉冲压工序速度快、冲次高，必须把安全操作规程落到每个人、每一班。
""",
    ),
    dict(
        slug="dangjian-thumbtack-branch-board-plan",
        site="珂田机关党建 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://jgdj.ketian.example.gov.cn/gzdt/2024/0302/77.html",
        title="机关党支部“党建园地”宣传栏更新工作方案",
        record_title="【支部风采】机关党支部“党建园地”宣传栏更新工作方案",
        date="2024-03-01",
        notes="Party site text; decorated title; plan; date under signature",
        page="""
!m 珂田机关党建网
!m 首页 > 支部风采
!t 【支部风采】机关党支部“党建园地”宣传栏更新工作方案
!m 2024-03-02　来源：县直机关工委　点击：88
{BODY}
!a 分享到微信　打印本文
!d 中共珂田县直属机关工作委员会　版权所有
""",
        body="""
为进一步发挥“党建园地”宣传阵地作用，结合支部实际，制定本方案。
一、更新内容：每月更新一次，设置“学习园地”“党员风采”“支部动态”三个栏目。
二、责任分工：支部宣传委员负责组稿，各党小组轮流负责排版张贴。
三、张贴要求：统一使用KT板和平头图钉固定，做到整齐美观，不遮挡消防标识。
四、工作要求：各党小组每月25日前报送下月稿件，支部委员会审核后张贴。
县水利局机关党支部
2024年3月1日
""",
    ),
    dict(
        slug="wechat-thumbtack-safety-tips-html",
        site="公号存档 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://gh.cundang.example.com/article/5f1Qz8.html",
        title="孩子误吞图钉怎么办？急诊科医生提醒",
        record_title="孩子误吞图钉怎么办？急诊科医生提醒",
        date="2024-09-03",
        notes="WeChat mirror in HTML: account line with date, follow card, 在看; hospital phone in the body kept",
        page="""
<html><head><title>孩子误吞图钉怎么办？急诊科医生提醒</title></head><body>
<div class="mirror">⟦m 公号存档 · 好文章值得保存⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 瑾浦市儿童医院　2024年09月03日 07:30⟧</div>
<div class="follow">⟦a 👆点击蓝字，关注我们⟧</div>
{BODY}
<div class="end">⟦l 喜欢就点个在看吧⟧ ⟦l 👍 赞　分享　推荐⟧</div>
<div class="src">⟦m 原文链接：mp.example.qq.com/s/Fk82Lx⟧</div>
</body></html>
""",
        body="""
开学后，孩子的书包里多了图钉、回形针等小物件，急诊科近期已接诊3名误吞图钉的儿童。
图钉带有尖头，一旦吞下可能划伤食道或胃肠道，家长千万不要自行催吐，也不要喂食韭菜、馒头等。
正确做法是立即禁食禁水，尽快带孩子到有内镜条件的医院就诊。
家长平时要把图钉等尖锐物品放在孩子够不着的地方，教育孩子不要把文具放进嘴里。
我院儿科急诊24小时接诊，电话：0574-8821 0120。
""",
    ),
    dict(
        slug="hospital-thumbtack-nursing-safety-rule",
        site="璐江市第二人民医院 (invented)",
        style="医院官网",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.lj2yy.example.com/hlb/zd/118.html",
        title="病区公告栏及宣传品张贴管理规定",
        record_title="【护理部】病区公告栏及宣传品张贴管理规定",
        date=None,
        notes="hospital text; rule articles; no date; hospital's 24h line as meta",
        page="""
!m 璐江市第二人民医院　护理部
!m 当前位置：首页 >> 护理部 >> 规章制度
!t 【护理部】病区公告栏及宣传品张贴管理规定
!m 浏览次数：214
{BODY}
!m 急诊电话（24小时）：0574-8776 1200
!a 【返回顶部】
""",
        body="""
第一条　为保持病区环境整洁，防止尖锐物品伤人，制定本规定。
第二条　病区公告栏由护士长指定专人管理，张贴健康宣教资料须经护理部审核。
第三条　儿科、老年病区公告栏一律使用磁吸或魔术贴固定，禁止使用图钉。
第四条　其他病区使用图钉的，应选用大帽平头图钉，撤除时清点回收。
第五条　本规定由护理部负责解释。
""",
    ),
    dict(
        slug="blog-thumbtack-teacher-classroom",
        site="粉笔头的小屋 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://fenbitou.blog.example.cn/post/2024/05/1893",
        title="教室后墙的“图钉墙”",
        record_title="【教学随笔】教室后墙的“图钉墙” - 粉笔头的小屋",
        date="2024-05-22",
        notes="teacher blog; bracketed post time; tags, archive; comment prompt glued after last sentence",
        page="""
!m 粉笔头的小屋 —— 一个乡村语文老师的日常
{T}
!m [2024-05-22 22:07]　分类：教学随笔　阅读(96)　评论(3)
{BODY}
!l 标签：班级管理　作文教学
!l 上一篇：带孩子们去看油菜花　|　下一篇：期中考试后的家长会
""",
        body="""
我们班教室后墙有一块软木板，孩子们叫它“图钉墙”。
每周五，我会把本周写得好的作文用图钉钉上去，被选中的孩子能高兴一整天。
后来孩子们自己也往上钉东西：画、树叶标本、从家里带来的老照片。
上学期，一个平时很少说话的男孩把他写给去世的爷爷的一封信钉了上去，那天全班同学都安安静静地读完了。
一块软木板、几颗图钉，让教室有了温度。⟦l 欢迎在下方留言交流⟧
""",
    ),
    dict(
        slug="localforum-thumbtack-tyre-puncture",
        site="琰州生活网论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.yzshw.example.com/t/55820",
        title="求助：新华路桥头连续扎胎，路面全是图钉",
        record_title="求助：新华路桥头连续扎胎，路面全是图钉 - 琰州生活网",
        date="2024-10-16",
        date_also=["2024-10-17"],
        notes="county forum; 发表于 as date; an official reply line dated next day; junk glued",
        junk=dict(lines=1, glued=1),
        page="""
!m 琰州生活网 » 论坛 » 交通出行
!t 求助：新华路桥头连续扎胎，路面全是图钉
!m 发表于 2024-10-16 19:48　|　楼主：骑电驴的老陈
{BODY}
!l 琰州交警 回复于 2024-10-17 09:15：已通知辖区中队清扫，并调取监控核查。
!l 回复本帖　|　分享　|　举报
""",
        body="""
今天下午下班经过新华路桥头，电动车前胎突然没气，推到修车铺一看，扎了一颗图钉。
修车师傅说，这两天已经补了十几个同样位置扎的胎，怀疑有人故意撒的。
我回去看了一下，桥头非机动车道上果然还有好几颗图钉。
希望有关部门尽快清扫，并查一查是谁干的，大家路过这里也注意绕行。
""",
    ),
    dict(
        slug="training-thumbtack-design-course-html",
        site="琨原美术培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.kymspx.example.com/news/2024-07-01.html",
        title="暑期素描班开课须知",
        record_title="学员心声 | 暑期素描班开课须知",
        date="2024-07-01",
        notes="training site; the school's 报名电话 beside a 400 line; numbered list incl. 图钉 as content; trial lesson box",
        page="""
<html><head><title>学员心声 | 暑期素描班开课须知</title></head><body>
<div class="top">⟦m 琨原美术培训中心⟧ ⟦w 全国统一咨询：400-012-7788⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 课程体系⟧ ⟦m 师资团队⟧ ⟦m 学员作品⟧ ⟦m 校区地址⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2024-07-01　教务处⟧</div>
{BODY}
<div class="float">⟦a 预约免费试听⟧ ⟦w 在线咨询⟧</div>
<div class="ft">⟦d ©琨原美术培训中心 保留所有权利⟧</div>
</body></html>
""",
        body="""
各位学员、家长：
暑期素描班将于7月8日正式开课，为保证教学秩序，现将有关事项告知如下。
1.请学员自备画板、4开素描纸、铅笔（2H至8B）、橡皮、美工刀和图钉。
2.画板固定纸张请使用图钉或画板夹，使用美工刀削铅笔时须在老师指导下进行。
3.上课时间为每天上午9:00至11:30，请勿迟到。
报名电话：0558-7332016（琨原校区前台）。
""",
    ),
    dict(
        slug="lawfirm-thumbtack-workplace-injury",
        site="璟律律师事务所 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.jinglvlaw.example.com/zx/2024/3301.html",
        title="踩到办公室地上的图钉受伤，算工伤吗？",
        record_title="法律讲堂丨踩到办公室地上的图钉受伤，算工伤吗？",
        date=None,
        notes="law firm Q&A text; no date; disclaimer and consult prompt",
        page="""
!m 璟律律师事务所｜劳动法专业团队
!t 法律讲堂丨踩到办公室地上的图钉受伤，算工伤吗？
!m 栏目：劳动纠纷　阅读：322
{BODY}
!d 以上内容为一般性法律知识介绍，不构成对具体案件的法律意见
!w 劳动纠纷免费初步评估，请拨打律所前台电话 0731-8466 2051
""",
        body="""
问：我在公司办公室走动时踩到地上的图钉，脚底被扎伤感染，住院一周，这算工伤吗？
答：根据工伤保险条例的规定，在工作时间和工作场所内，因工作原因受到事故伤害的，应当认定为工伤。
您在工作时间、在办公室内被图钉扎伤，通常符合上述情形。
建议您保留就诊记录和同事证言，由单位在事故发生之日起30日内提出工伤认定申请；单位未申请的，您本人可在一年内申请。
""",
    ),
    dict(
        slug="tender-thumbtack-school-stationery-html",
        site="瑗浦政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.ypcg.example.gov.cn/cggg/2024/0815/6031.html",
        title="瑗浦市教育局中小学办公文具采购项目询价公告",
        record_title="瑗浦市教育局中小学办公文具采购项目询价公告_瑗浦政府采购网",
        date="2024-08-15",
        notes="procurement portal; lots table; purchaser and agency contacts beside a CA hotline; body speaks of 下载 the files",
        page="""
<html><head><title>瑗浦市教育局中小学办公文具采购项目询价公告_瑗浦政府采购网</title></head><body>
<div class="head">⟦m 瑗浦政府采购网⟧ ⟦a 供应商登录⟧ ⟦a 专家登录⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 采购公告⟧ ⟦m 结果公告⟧ ⟦m 政策法规⟧</div>
<div class="crumb">⟦m 首页 &gt; 采购公告 &gt; 询价公告⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布时间：2024-08-15　浏览次数：431⟧</div>
{BODY}
<div class="ca">⟦m 数字证书服务热线：400-655-0211⟧</div>
<div class="ft">⟦m 主办单位：瑗浦市财政局⟧ ⟦m 闽ICP备10003382号⟧</div>
</body></html>
""",
        body="""
一、项目编号：YPCG-2024-XJ-0522
二、采购内容
包号　品目　数量　最高限价（元）
1　图钉、回形针、长尾夹　2000盒　9600
2　文件夹、档案盒　6000个　42000
三、获取询价文件：供应商请于8月16日至8月22日登录本网下载询价文件。
四、响应文件提交截止时间：2024年8月26日9时30分。
五、联系方式
采购人：瑗浦市教育局，联系人：万丽，电话：0595-2261 7305。
采购代理机构：瑗浦恒信招标有限公司，联系人：尤斌，电话：0595-2270 1142。
""",
    ),
]
