"""holdout62, part C: 党建网, 医院官网, 高校官网, 地方论坛, 资料下载站, 人事考试网. Invented text."""

CASES = [
    dict(
        slug="dangjian-ouyuan-html-branch-speech",
        site="藕塘乡智慧党建 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.outang.gov.cn/djyw/2024/0701/2231.html",
        title="在藕塘乡莲藕产业党建联盟成立大会上的讲话",
        record_title="在藕塘乡莲藕产业党建联盟成立大会上的讲话-藕塘乡智慧党建",
        date="2024-06-28",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在藕塘乡莲藕产业党建联盟成立大会上的讲话-藕塘乡智慧党建</title></head><body>
<div class="dj-top">⟦m 藕塘乡智慧党建　不忘初心 牢记使命⟧</div>
<div class="dj-nav">⟦l 首页 | 党建要闻 | 支部风采 | 党员教育 | 组工信息⟧</div>
<div class="crumbs">⟦m 首页 > 党建要闻 > 正文⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-07-01　来源：乡党委办　浏览次数：417⟧ <span>⟦a 【字号：放大 还原 缩小】⟧</span></div>
<p class="speaker">乡党委书记　孟荷生</p>
<p class="speaker">（2024年6月28日）</p>
<div class="article">
{BODY}
</div>
<div class="pn">⟦l 上一篇：乡党委理论学习中心组学习纪要⟧<br>⟦l 下一篇：藕农夜校开课了⟧</div>
<footer>⟦m 中共藕塘乡委员会主办　技术支持：湘中网络⟧</footer>
</body></html>
""",
        date_also=["2024-07-01"],
        body="""
同志们：
今天，我们成立莲藕产业党建联盟，把乡党委、6个村党支部、2家龙头企业党支部和3个合作社党小组拧成一股绳。
联盟成立后，要做到三个“共”：组织共建，每季度召开一次联席会；资源共享，冷库、运输车辆统一调度；发展共谋，共同打造“藕塘莲藕”区域品牌。
希望各成员单位把联盟作为为民办实事的平台，让党旗在藕田里高高飘扬。
""",
    ),
    dict(
        slug="dangjian-lumingxian-summary-text-cn-date",
        site="鹿鸣县机关党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.lmjgdj.cn/zbjs/20241230/5521.shtml",
        title="县畜牧兽医中心党支部2024年党建工作总结",
        record_title=None,
        date="2024-12-27",
        page="""
!m 鹿鸣县机关党建网　主办：中共鹿鸣县直属机关工作委员会
!m 您的位置：网站首页＞支部建设＞工作交流
{T}
!m 信息来源：县畜牧兽医中心　更新时间：2024年12月30日　点击数：
!a 【打印此页】 【返回顶部】
{BODY}
!a 扫一扫在手机上阅读本文
!m 联系我们：0433-5521098　电子邮箱：lmjgdj@163.com
""",
        indent="　　",
        date_also=["2024-12-30"],
        body="""
今年以来，中心党支部围绕梅花鹿、黑毛驴等特色养殖产业，推动党建与业务深度融合。
一、抓学习。全年开展集中学习12次，组织党员到茸岭村养殖基地现场教学2次。
二、抓服务。成立党员技术服务队，为养殖户提供防疫指导420余户次。
三、抓作风。开展“进百场、解百难”活动，解决养殖户贷款、用地等问题17个。
中共鹿鸣县畜牧兽医中心支部委员会
二〇二四年十二月二十七日
""",
    ),
    dict(
        slug="hospital-tangquan-html-hydrotherapy-notice",
        site="汤泉县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.tqzyy.com/yyxw/gg/2025/0108/883.html",
        title="汤泉县中医院关于温泉水疗科调整门诊时间的公告",
        date="2025-01-08",
        record_date="2025-01-08",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>汤泉县中医院关于温泉水疗科调整门诊时间的公告</title></head><body>
<div class="top">⟦m 汤泉县中医院　二级甲等中医医院⟧ ⟦w 预约挂号：0735-6699120⟧</div>
<nav>⟦l 医院概况 科室导航 专家介绍 就医指南 新闻中心⟧</nav>
<div class="loc">⟦m 当前位置：首页 > 新闻中心 > 医院公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 作者：门诊部　日期：2025-01-08　阅读次数：693⟧</div>
<div class="txt">
{BODY}
</div>
<div class="float-kf">⟦w 在线咨询　点此与医生对话⟧</div>
<footer>⟦m 地址：汤泉县温泉大道88号⟧　⟦m 湘ICP备16002278号⟧</footer>
</body></html>
""",
        body="""
因温泉水疗科设备维护，自2025年1月13日起，水疗科门诊时间调整为：周一至周六上午8:00—12:00，下午14:30—17:30，周日休诊。
风湿病、颈腰椎病患者预约水疗，请携带医保卡到一楼中医综合服务台登记，也可以关注医院公众号在线预约。
由此给您带来的不便，敬请谅解。
汤泉县中医院
2025年1月8日
""",
    ),
    dict(
        slug="hospital-yangsheng-text-donkey-gelatin-lecture",
        site="粱城县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.lcxrmyy.cn/news/ksdt/2024-11-19/1290.html",
        title="营养科走进驴河镇开展冬季进补健康讲座",
        date="2024-11-19",
        page="""
!m 粱城县人民医院 | 24小时急诊：0537-2238120
!m 网站首页 >> 科室动态
{T}
!m 发布时间：2024-11-19 16:02:11　　作者：营养科　　浏览：
!m 218
{BODY}
!l 相关新闻：
!l · 心内科开展胸痛中心义诊
!l · 我院举办护理技能大赛
!d 本网站健康科普内容仅供参考，不能代替医生诊疗。
""",
        body="""
11月18日，县人民医院营养科医护人员走进驴河镇卫生院，为当地群众开展冬季进补健康讲座。
营养科主任万慧提醒，阿胶、驴肉虽是传统补品，但高血压、糖尿病患者不宜盲目大量食用，进补前最好先咨询医生。
讲座结束后，医护人员为60余名群众免费测量血压、血糖。
""",
    ),
    dict(
        slug="university-xingping-html-ginkgo-news",
        site="杏坪农林学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.xpnl.edu.cn/info/1043/9917.htm",
        title="我校古银杏种质资源圃建成投用",
        record_title="我校古银杏种质资源圃建成投用-杏坪农林学院新闻网",
        date="2025-05-09",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我校古银杏种质资源圃建成投用-杏坪农林学院新闻网</title></head><body>
<div class="header">⟦m 杏坪农林学院新闻网⟧ <span>⟦l 学校主页 | 信息门户 | English⟧</span></div>
<div class="nav">⟦l 综合新闻 媒体农林 学术动态 校园文化 视频新闻⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-05-09　文：林学院 严松 图：宣传部 徐川　审核：高原⟧ ⟦m 点击：[1533]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="share">⟦l 分享到：⟧</div>
<div class="foot">⟦m 版权所有 © 杏坪农林学院党委宣传部　地址：杏坪区学府路1号⟧</div>
</body></html>
""",
        body="""
5月8日，我校古银杏种质资源圃在学校北校区实验林场建成投用。
资源圃占地45亩，收集保存了来自全省11个市的古银杏嫁接苗312份。林学院团队将开展古银杏遗传多样性研究，为古树复壮和良种选育提供支撑。
副校长吕青在投用仪式上表示，学校将把资源圃建成开放的科普教育基地。
""",
    ),
    dict(
        slug="university-shayuan-text-ostrich-internship",
        site="砂原职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jwc.syzy.edu.cn/tzgg/20250226/4410.html",
        title="关于2022级畜牧兽医专业学生赴特禽养殖企业顶岗实习的通知",
        date="2025-02-26",
        page="""
!m 砂原职业技术学院 教务处
!m 首页 » 通知公告 » 实践教学
{T}
!m [ 作者：教务处　日期：2025年02月26日 ]
{BODY}
!l 附件【实习安全承诺书.docx】已下载次
!m 教务处办公电话：0937-4450231
""",
        body="""
各二级学院：
经研究，2022级畜牧兽医专业学生将于3月10日赴砂原县腾达鸵鸟养殖场等4家企业顶岗实习，为期16周。
1．实习期间学生须遵守企业防疫规定，进出场区必须消毒。
2．各指导教师每两周到企业巡查一次，填写巡查记录。
3．学生须于3月5日前签订实习安全承诺书。
附件：实习安全承诺书
教务处
2025年2月26日
""",
    ),
    dict(
        slug="localforum-liangcheng-html-liquor-post",
        site="粱城在线论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://bbs.liangchengzx.com/thread-88102-1-1.html",
        title="关于城区酒坊街周末临时交通管制的通告",
        record_title="[转] 关于城区酒坊街周末临时交通管制的通告",
        date="2025-05-14",
        page="""
<html><head><meta charset="gbk"><title>[转] 关于城区酒坊街周末临时交通管制的通告 - 粱城在线论坛</title></head><body>
<div id="toptb">⟦a 登录⟧ ⟦a 注册⟧ ⟦m 粱城在线论坛 — 粱城人的网上家园⟧</div>
<div id="pt">⟦m 粱城在线 › 粱城杂谈 › 便民信息⟧</div>
<div class="ts"><h1>{T}</h1> ⟦m [复制链接]⟧</div>
<div class="authi">⟦m 城管小哥　发表于 5 天前　|　只看该作者⟧</div>
<div class="t_fsz">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 3　威望 +3⟧</div>
<div class="pls">⟦l 沙发　酒坊街老住户：总算管一管了⟧</div>
<div class="pls">⟦l 板凳　匿名　停车场在哪⟧</div>
<div id="ft">⟦m 粱城在线论坛　鲁ICP备09003318号⟧</div>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=1),
        body="""
为保障高粱酒文化街周末夜市秩序，决定自2025年5月17日起，每周六、周日17时至23时对酒坊街（东门口至粮仓路段）实行临时交通管制。
管制期间，除执行任务的特种车辆外，禁止其他机动车驶入。过往车辆请绕行和平路。
粱城县公安局交通警察大队
2025年5月14日
""",
    ),
    dict(
        slug="localforum-xuqiao-text-sled-accident-post",
        site="雪岭社区论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://www.xueling365.com/bbs/view/12077.html",
        title="冬季玩雪橇安全倡议书",
        record_title=None,
        date="2024-12-20",
        page="""
!m 雪岭社区论坛 ▸ 雪岭生活 ▸ 家长园地
!m 帖子 #12077　发帖：雪岭妈妈团　2024-12-21
{T}
{BODY}
!l 回复(9)：
!l 三楼：孩子去年就在后山摔了，一定要注意
!a 点赞　收藏帖子　举报
!m 雪岭社区论坛 2010-2026
""",
        junk=dict(lines=2, glued=1),
        body="""
各位家长、小朋友：
入冬以来，雪岭镇后山一带常有孩子自发滑雪橇，已发生两起擦伤事故。为此，我们倡议：
一、不在公路边坡、河冰面上滑雪橇；
二、孩子滑雪橇要有大人看护，戴好头盔和手套；
三、尽量到镇上正规的雪橇乐园游玩。
雪岭镇家长委员会
2024年12月20日
""",
    ),
    dict(
        slug="download-ziliao-html-rattan-rules",
        site="万用资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.wanyongzl.com/soft/zhidu/20931.html",
        title="藤编车间安全生产管理制度",
        record_title="藤编车间安全生产管理制度 Word版",
        date=None,
        page="""
<html><head><meta charset="gb2312"><title>藤编车间安全生产管理制度 Word版_万用资料下载站</title></head><body>
<table width="980"><tr><td>⟦m 万用资料下载站　www.wanyongzl.com⟧</td><td>⟦a 设为首页 加入收藏⟧</td></tr></table>
<div class="daohang">⟦m 您现在的位置：首页 → 规章制度 → 安全制度⟧</div>
<table class="softinfo">
<tr><td>⟦m 资料大小：26 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 更新时间：2023-08-19⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="intro">
{BODY}
</div>
<div class="downlist"><b>⟦a 下载地址：⟧</b> ⟦a 电信下载一⟧ ⟦a 联通下载二⟧ ⟦a 本地高速下载⟧</div>
<div class="err">⟦a 链接失效请点此报错⟧</div>
<div class="foot">⟦d 本站资料均收集于网络，仅供学习研究，请下载后24小时内删除⟧</div>
</body></html>
""",
        body="""
第一条　为加强藤编车间安全管理，预防火灾和机械伤害事故，制定本制度。
第二条　车间内藤条、藤皮等易燃材料应分区堆放，距电源、热源不少于1.5米。
第三条　车间严禁吸烟和使用明火，每班下班前由班组长检查断电情况。
第四条　使用劈藤机、压扁机应佩戴防护手套，严禁徒手送料。
第五条　本制度自发布之日起执行。
""",
    ),
    dict(
        slug="download-wenbao-text-yam-plan-file",
        site="文宝资料库 (invented)",
        style="资料下载站",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://www.wenbaozlk.net/down/34105.html",
        title="薯岭县山药病虫害绿色防控实施方案",
        record_title="薯岭县山药病虫害绿色防控实施方案.pdf",
        date="2024-05-07",
        page="""
!m 文宝资料库 — 免费文档资料下载
!m 下载首页 / 农业资料 / 种植技术
!t 薯岭县山药病虫害绿色防控实施方案.pdf
!m 格式：PDF　下载次数：233　星级：★★★
!a 【立即下载】　【收藏本资料】
!m 资料预览：
{BODY}
!a 以上仅为预览，完整资料请下载查看
!l 相关资料：山药高产栽培技术.doc　山药炭疽病识别图谱.pdf
!d 免责声明：资料由网友提供，仅限个人学习使用。
""",
        body="""
为减少化学农药使用，保障山药品质安全，制定本方案。
一、防控目标：2024年全县山药绿色防控覆盖率达到60%，化学农药使用量减少10%。
二、技术措施：推广轮作倒茬和种薯消毒，安装杀虫灯1500盏，示范使用生物农药。
三、保障措施：县农业农村局组织专家分片包乡，开展田间指导。
薯岭县农业农村局
2024年5月7日
""",
    ),
    dict(
        slug="exam-renkao-html-deer-center-recruit",
        site="鹿鸣人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.lmrsks.gov.cn/ksgg/2025/04/0815.html",
        title="鹿鸣县特色养殖发展中心2025年公开招聘工作人员公告",
        date="2025-04-15",
        record_date="2025-04-15",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>鹿鸣县特色养殖发展中心2025年公开招聘工作人员公告</title></head><body>
<div class="top">⟦m 鹿鸣人事考试网⟧ ⟦m 鹿鸣县人力资源和社会保障局主办⟧</div>
<div class="menu">⟦l 首页 考试公告 报名入口 成绩查询 政策法规⟧</div>
<div class="alert">⟦d 郑重提醒：本网从未委托任何机构举办考前培训，谨防诈骗⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 发布日期：2025-04-15　来源：县人社局⟧</div>
<div class="con">
{BODY}
</div>
<div class="bm">⟦a 网上报名入口>>⟧</div>
<footer>⟦m 咨询电话：0433-5590012（工作日）　技术支持：鹿鸣县信息中心⟧</footer>
</body></html>
""",
        body="""
根据工作需要，鹿鸣县特色养殖发展中心面向社会公开招聘工作人员3名。
招聘岗位表
岗位　人数　专业要求
畜牧技术员　2　动物科学、动物医学
财务会计　1　会计学
报名时间：2025年4月21日至25日。报名人员须关注本网站公告，按时打印准考证。
咨询电话：0433-5590368
鹿鸣县人力资源和社会保障局
2025年4月15日
""",
    ),
    dict(
        slug="exam-kaoshi-text-hotspring-interview",
        site="汤泉人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.tangquan.gov.cn/info/2024/1015/227.html",
        title="汤泉县温泉旅游度假区管委会2024年选调工作人员面试公告",
        record_title="汤泉县温泉旅游度假区管委会2024年选调工作人员面试公告（附名单）",
        date="2024-10-15",
        page="""
!m 汤泉人事考试信息网
!m 首页 ＞ 考试动态 ＞ 面试公告
!t 汤泉县温泉旅游度假区管委会2024年选调工作人员面试公告（附名单）
!m 时间：2024-10-15 10:31　来源：本站　次浏览
{BODY}
!l 【上一篇】2024年教师资格认定公告
!l 【下一篇】事业单位工作人员考核结果公示
!m 汤泉县人力资源考试中心　地址：县政务大厦6楼
""",
        body="""
根据选调工作安排，现将面试有关事项公告如下：
一、面试时间：2024年10月20日上午8:30。
二、面试地点：汤泉县委党校教学楼。
三、面试人员须携带身份证原件，于当日8:00前到达候考室，逾时不到视为自动放弃。
面试人员名单
序号　姓名　报考岗位
1　谭静　综合管理
2　潘一鸣　综合管理
3　袁可　旅游推广
汤泉县委组织部　汤泉县人力资源和社会保障局
2024年10月15日
""",
    ),
]
