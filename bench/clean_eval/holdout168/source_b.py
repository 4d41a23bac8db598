"""holdout168, part B. Invented documents, sites and chrome; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="qa-wenwen-answer-gasmeter-fast",
        site="问问邻居 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenlinju.com/q/8830127.html",
        title="燃气表走得特别快是怎么回事？",
        record_title=None,
        date=None,
        notes="Q&A; title missing, question on the page; 回答于 with a relative time is no date; vote bar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>燃气表走得特别快是怎么回事？_问问邻居</title>
<script src="/static/qa.bundle.js"></script></head><body>
<div class="hd">⟦m 问问邻居⟧ <input placeholder="搜索你想知道的"> ⟦a 我要提问⟧ ⟦a 登录/注册⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 提问者：蒲公英007　　分类：生活 &gt; 家居⟧</p></div>
<div class="best"><div class="label">⟦m 最佳回答⟧</div>
<div class="who">⟦m 答主：老燃气工 · 回答于 2小时前⟧</div>
{BODY}
<div class="vote">⟦l 有用(326)　没用(4)　评论(19)⟧</div></div>
<div class="more">⟦l 其他回答（6）⟧</div>
<div class="side">⟦l 相关问题：天然气费突然变高怎么办 · 燃气表不走字了要换吗⟧</div>
<div class="foot">⟦d 回答内容由网友提供，仅供参考，不构成专业建议。⟧ ⟦m ©2024 wenlinju.com⟧</div>
</body></html>
""",
        body="""
先别急着怀疑表有问题，按下面几步自己查一查。
1.关掉家里所有燃气灶具和热水器，盯着表看十分钟。如果末位数字还在走，说明有漏气或者表内故障，马上关闭表前阀门，开窗通风，然后打燃气公司电话报修。
2.如果不用气时表不走，那就是用量本身大了。冬天热水器和壁挂炉用气量会比夏天多出一两倍，这是正常的。
3.对读数还有疑问的，可以向燃气公司申请校验，表具误差超过规定范围的，公司应当免费更换并退还多收的费用。
""",
    ),
    dict(
        slug="collection-yuxian-essay-bamboo-rice",
        site="山屋集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://shanwuji.example-site.net/vol3/chapter-21",
        title="外婆的竹筒饭",
        record_title="《山屋集》卷三·第21篇｜外婆的竹筒饭",
        date=None,
        notes="personal collection chapter; a year written in the essay and a 写于 year alone are no dates",
        page="""
!m 山屋集　作者：苇岸生
!l 目录　|　上一篇：山路上的挑夫　|　下一篇：屋后的老茶树
!t 《山屋集》卷三·第21篇｜外婆的竹筒饭
{BODY}
!m 写于2019年冬　｜　字数 612　｜　收录于卷三
!a 加入书架　　 夜间模式　　 字号 - +
!l 读者留言（3）：小时候也吃过，很怀念。
""",
        indent="\u3000\u3000",
        body="""
外婆做竹筒饭，从砍竹子开始。她挑的是一年生的香竹，竹节匀称，竹膜厚，烤出来的饭带着清香。
砍回的竹子锯成一尺多长的筒，一头留节，糯米泡上一夜，和着几片腊肉装进去，加山泉水，用芭蕉叶塞紧口子。
灶膛里的火要慢，竹筒斜靠在火边，隔一阵翻一次。等竹皮烤得焦黑，满屋子都是竹香，饭就熟了。
后来我在城里的夜市也吃过竹筒饭，却总觉得少了一点什么。大概少的是外婆蹲在灶前翻竹筒的样子吧。
""",
    ),
    dict(
        slug="dangjian-yanhai-lecture-fishskin-branch",
        site="荇溪党建网 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="html",
        source="http://dj.xingxi.gov.cn/dkjt/2024/07/4410.html",
        title="守住民族技艺的“根”——在鱼皮画非遗工坊党支部主题党日上的党课",
        record_title="【党课讲稿】守住民族技艺的“根”——在鱼皮画非遗工坊党支部主题党日上的党课",
        date="2024-07-01",
        notes="Party-building site; date under the lecture title; speaker line neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>守住民族技艺的“根”_荇溪党建网</title><script src="/js/dj.js"></script></head><body>
<div class="banner">⟦m 荇溪党建网⟧ ⟦m 不忘初心　牢记使命⟧</div>
<div class="menu">⟦m 首页 | 党建要闻 | 党课讲台 | 支部风采 | 党员教育⟧</div>
<div class="crumb">⟦m 首页 &gt;&gt; 党课讲台⟧</div>
<div class="main"><h1>{T}</h1>
<p class="speaker">工坊党支部书记　毕春江</p>
<p class="date">（2024年7月1日）</p>
{BODY}
<p class="src">⟦m 来源：县委组织部　编辑：赵晴⟧</p>
<div class="share">⟦l 分享到：朋友圈 QQ空间 微博⟧</div></div>
<div class="right"><h3>⟦l 党课推荐⟧</h3><p>⟦l 做新时代的手艺人⟧</p><p>⟦l 把支部建在产业链上⟧</p></div>
<div class="copy">⟦m 中共荇溪县委组织部主办　黑ICP备05003201号⟧</div>
</body></html>
""",
        body="""
同志们：
今天是党的生日。我们工坊党支部在这里上一堂主题党课，题目是“守住民族技艺的根”。
鱼皮画是赫哲族世代相传的手艺。工坊成立六年来，支部党员带头学技艺、带徒弟，先后培养学员一百二十多人，其中党员十一人。
守住技艺的根，首先要守住人。支部要继续推行“党员师傅带徒”制度，每名党员师傅至少带两名徒弟。
守住技艺的根，还要守住品质。我们宁可少做几幅，也不能用染色皮冒充天然皮，不能砸了鱼皮画的牌子。
同志们，让我们以实际行动，把这门手艺好好传下去。
""",
    ),
    dict(
        slug="hospital-qinghe-notice-purslane-poison",
        site="蓼原县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lyxrmyy.com/news/jkkp/2024/0521/912.html",
        title="蓼原县人民医院关于谨防误采野菜中毒的健康提示",
        record_title="蓼原县人民医院关于谨防误采野菜中毒的健康提示-健康科普-蓼原县人民医院",
        date="2024-05-21",
        notes="hospital site with floating booking box; hospital's clinic phone in the body beside the site's booking and 24-hour lines",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>蓼原县人民医院关于谨防误采野菜中毒的健康提示-健康科普-蓼原县人民医院</title></head><body>
<div class="top">⟦m 蓼原县人民医院　二级甲等综合医院⟧ ⟦m 预约挂号：0898-2761120⟧</div>
<nav>⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 健康科普⟧</nav>
<div class="loc">⟦m 您现在的位置：首页 › 健康科普⟧</div>
<div class="detail"><h3>{T}</h3>
<div class="meta">⟦m 发布时间：2024-05-21　作者：急诊科　点击：703⟧</div>
{BODY}
</div>
<div class="float-box">⟦w 在线咨询⟧ ⟦w 扫码预约⟧ ⟦a 返回顶部⟧</div>
<div class="footer">⟦m 24小时急救电话：0898-2761999⟧ ⟦m 琼ICP备12001133号⟧ ⟦d 本站健康科普内容仅供参考，不能替代医生面诊。⟧</div>
<script>$(".float-box").show();</script>
</body></html>
""",
        body="""
春夏之交，不少市民喜欢到田边采摘马齿苋等野菜。近期我院急诊科接诊了3例误食有毒野草导致中毒的患者。
马齿苋茎呈紫红色、叶片肥厚、折断后有黏液，而外形相近的泽漆折断后流出白色乳汁，误食后可引起口腔灼痛、呕吐和腹泻。
提醒市民：一是不认识的野菜不采不吃；二是不在公路边、排污沟边采摘；三是食用后如出现不适，立即停止食用并及时就医。
急诊科咨询电话：0898-2761203。
""",
    ),
    dict(
        slug="univ-haida-news-coconut-lab",
        site="琼南理工学院 艺术设计学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://art.qnlg.edu.cn/info/1031/6620.htm",
        title="我院椰雕创新工作室获批省级大学生创新项目",
        record_title="我院椰雕创新工作室获批省级大学生创新项目-艺术设计学院",
        date="2024-06-18",
        notes="university faculty news; dotted byline date; 撰稿/审核 line glued after the last paragraph",
        page="""
!m 琼南理工学院　艺术设计学院
!m 学院首页　学院概况　师资队伍　人才培养　学生工作
!m 学院新闻
{T}
!m 2024.06.18　　点击量：[ 389 ]
{BODY}
!a 【关闭】　【打印】
!m 地址：琼南市学府路88号　邮编：572000
""",
        body="""
近日，省教育厅公布2024年大学生创新创业训练计划项目立项名单，我院“椰壳废料再造与椰雕文创设计”项目获批省级项目。
该项目由2022级产品设计专业学生团队承担，指导教师为符晓岚副教授。团队计划回收椰子加工企业的椰壳废料，设计制作茶具、灯具和文具等文创产品。
项目周期一年，学院将为团队提供工作室场地和打磨设备。⟦m （撰稿：王一帆　审核：符晓岚）⟧
""",
    ),
    dict(
        slug="localbbs-puyang-post-gasmeter-fee",
        site="萑城论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.huancheng.org/forum.php?mod=viewthread&tid=552301",
        title="小区换燃气表要收三百块，这合理吗？",
        record_title="小区换燃气表要收三百块，这合理吗？-民生热线-萑城论坛",
        date="2024-10-11",
        notes="county forum complaint with the gas company's reply quoted; reply date differs from the post date",
        page="""
!m 萑城论坛 - 萑城人自己的网上家园
!m 萑城论坛 » 民生热线 » 小区换燃气表要收三百块，这合理吗？
!l 上一主题　下一主题
!m 楼主 | 发表于 2024-10-09 21:40 | 只看楼主
{BODY}
!l 评分 参与人数 3　 威望 +3　 收起理由：反映及时
!a 回复　　 引用　　 收藏
!w 本版广告位招租，联系QQ 20741188
""",
        date_also=["2024-10-09"],
        body="""
我们翠竹苑小区最近通知换智能燃气表，有人上门说每户要交三百块材料费，不交就不换，不换以后就停气。想问问大家这合理吗？
【萑城港华燃气有限公司回复】
网友您好：经核实，翠竹苑小区燃气表更换属于到期轮换，表具及安装费用由我公司承担，不向用户收取任何费用。上门收费人员并非我公司员工，我公司已向属地派出所报案。请居民认准工作证，遇到收费情况请拨打客服电话0535-5861234核实。
2024年10月11日
""",
    ),
    dict(
        slug="download-jiaocai-rules-bamboo-rice-kitchen",
        site="农家资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="regulation",
        form="html",
        source="http://www.njzlxz.com/soft/41290.html",
        title="竹筒饭加工作坊卫生管理制度",
        record_title="竹筒饭加工作坊卫生管理制度 免费下载",
        date=None,
        notes="old ASP download station: file-info table, mirror links, error report; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>竹筒饭加工作坊卫生管理制度 免费下载 - 农家资料下载站</title>
<script src="/inc/ad.js"></script></head><body>
<table width="980"><tr><td>⟦m 农家资料下载站 www.njzlxz.com⟧</td><td>⟦a [设为首页]⟧ ⟦a [收藏本站]⟧</td></tr></table>
<table width="980"><tr><td>⟦m 当前位置：首页 → 食品加工 → 管理制度⟧</td></tr></table>
<table width="980" border="1">
<tr><td>⟦m 资料名称：竹筒饭加工作坊卫生管理制度⟧</td><td>⟦m 文件大小：18 KB⟧</td></tr>
<tr><td>⟦m 资料格式：DOC⟧</td><td>⟦m 更新时间：2024-3-5 10:02:11⟧</td></tr>
<tr><td>⟦m 授权方式：免费⟧</td><td>⟦m 下载次数：本周 31 次⟧</td></tr>
</table>
<div class="intro">⟦m 资料简介：⟧</div>
{BODY}
<div class="downlist">⟦a 下载地址一：电信高速下载⟧<br>⟦a 下载地址二：联通高速下载⟧<br>⟦a 下载地址三：备用下载⟧</div>
<div>⟦a 如果下载链接失效，请点此报告错误⟧</div>
<div>⟦d 本站资料均来源于网络，仅供学习研究，请于下载后24小时内删除。⟧</div>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为保证竹筒饭加工卫生安全，根据食品小作坊管理有关规定，制定本制度。
第二条　竹筒须当日砍伐、当日使用，使用前用流水冲洗内外壁，沸水烫洗不少于三分钟。
第三条　糯米、腊肉等原料须从有票证的供货商处采购，建立进货台账，保存期限不少于六个月。
第四条　从业人员每年进行健康检查，持有效健康证明上岗，加工时穿戴工作衣帽。
第五条　烤制区与原料区分开，烤制用炭须存放在干燥处，严禁使用废旧木料作燃料。
第六条　本制度自公布之日起施行。
""",
    ),
    dict(
        slug="exam-rsks-notice-coconut-post",
        site="琼南人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.qnrsks.cn/kwgg/2024/0806/3317.html",
        title="蓼原县非遗保护中心2024年公开招聘椰雕技艺辅导员公告",
        record_title="【事业单位】蓼原县非遗保护中心2024年公开招聘椰雕技艺辅导员公告",
        date="2024-08-05",
        date_also=["2024-08-06"],
        notes="personnel-exam site; post table; tells candidates to 下载/打印 admission tickets as content; exam centre phone beside the site's technical line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>蓼原县非遗保护中心2024年公开招聘椰雕技艺辅导员公告</title></head><body>
<div class="hd">⟦m 琼南人事考试网⟧ ⟦m 公平　公正　公开⟧</div>
<div class="nav">⟦m 首页 考试公告 报名入口 成绩查询 政策法规⟧</div>
<div class="path">⟦m 首页 / 考试公告 / 事业单位⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2024-08-06　来源：蓼原县人社局⟧</div>
{BODY}
<div class="notice">⟦d 本网发布的考试信息以各招聘单位公告为准。⟧</div>
<div class="ft">⟦m 技术支持热线：0898-6650321（工作日9:00-17:00）⟧ ⟦m 琼ICP备16002044号⟧</div>
</body></html>
""",
        body="""
经县人力资源和社会保障局同意，蓼原县非物质文化遗产保护中心面向社会公开招聘椰雕技艺辅导员。现将有关事项公告如下。
一、招聘岗位
岗位　人数　条件
椰雕技艺辅导员　2　大专以上学历，具有椰雕制作经历
非遗资料管理员　1　本科以上学历，档案学或文博类专业
二、报名时间：2024年8月12日至8月16日，网上报名。
三、考试安排：笔试和技能测试成绩各占50%。考生请于8月23日起登录报名系统下载并打印准考证。
四、咨询电话：0898-2763108（县非遗保护中心）。
蓼原县人力资源和社会保障局
2024年8月5日
""",
    ),
    dict(
        slug="tender-gongchang-result-gasmeter-bid",
        site="苘阳公共资源交易网 (invented)",
        style="招投标网",
        genre="公示",
        kind="notice",
        form="text",
        source="https://ggzy.qiaoyang.gov.cn/jyxx/zfcg/zbgg/20240620/009813.html",
        title="苘阳市老旧小区智能燃气表采购项目中标结果公告",
        record_title="【中标公告】苘阳市老旧小区智能燃气表采购项目中标结果公告",
        date="2024-06-20",
        record_date="2024-06-20",
        notes="date in the record; bid table; purchaser and agency contacts beside the platform's CA hotline",
        page="""
!m 苘阳市公共资源交易中心
!m 交易信息 > 政府采购 > 中标公告
{T}
!m 信息来源：苘阳市公共资源交易中心　　浏览次数：1207
!a 〖打印〗〖关闭〗
{BODY}
!m CA证书办理咨询：400-615-0900
!m 技术服务：0535-8123456（工作日）
""",
        body="""
一、项目编号：QY-ZFCG-2024-0317
二、项目名称：苘阳市老旧小区智能燃气表采购项目
三、中标信息
包号　中标供应商　中标金额（元）
一包　苘阳恒通计量设备有限公司　5,862,000.00
二包　东岭智控仪表股份有限公司　4,317,500.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：苘阳市住房和城乡建设局，联系人：许工，电话：0535-8126670。
代理机构：苘阳正衡招标咨询有限公司，联系人：宋敏，电话：0535-8139902。
""",
    ),
    dict(
        slug="law-zhengyan-article-fishskin-copyright",
        site="正言律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.zhengyanlaw.cn/article/1762.html",
        title="手艺人的作品被仿冒，怎么维权？——从一起鱼皮画著作权纠纷说起",
        record_title="律师说法｜手艺人的作品被仿冒，怎么维权？——从一起鱼皮画著作权纠纷说起",
        date="2024-04-26",
        notes="law firm article with consult card; firm's consult line chrome; no date in the document, byline date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>手艺人的作品被仿冒，怎么维权？_正言律师事务所</title></head><body>
<header>⟦m 正言律师事务所⟧ ⟦m 知识产权 · 民商事 · 刑事辩护⟧</header>
<nav>⟦m 首页 | 律所简介 | 专业领域 | 律师团队 | 律师说法 | 联系我们⟧</nav>
<section><h1>{T}</h1>
<p class="by">⟦m 作者：韩静律师　发布：2024-04-26　阅读 931⟧</p>
{BODY}
</section>
<div class="card">⟦w 遇到类似问题？点击免费咨询⟧ ⟦w 律师热线：186-0451-7720⟧</div>
<div class="rel">⟦l 延伸阅读：非遗商标被抢注怎么办　|　直播带货中的侵权责任⟧</div>
<footer>⟦d 本文仅为普法之用，不构成对具体案件的法律意见。⟧ ⟦m © 正言律师事务所　黑ICP备20007716号⟧</footer>
</body></html>
""",
        body="""
去年，一位从事鱼皮画创作的手艺人发现，自己设计的《渔猎图》被网店仿制后大量销售，售价不到原作的十分之一。
鱼皮画作为美术作品，只要具有独创性，自创作完成之日起即受著作权法保护，无需登记。但登记可以作为权属的初步证据，建议手艺人及时办理作品登记。
发现被仿冒后，应当第一时间对网店页面进行公证或可信时间戳取证，保留购买记录和实物。可以先向电商平台投诉下架，再视情况提起诉讼，要求停止侵权、赔偿损失。
在这起纠纷中，法院最终判决网店停止销售并赔偿经济损失及合理开支共计六万元。
""",
    ),
]
