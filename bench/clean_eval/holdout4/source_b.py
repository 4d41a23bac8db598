"""Held-back part 4, sources B: street-office / community sites and trade-association sites.

Invented text; see ../README.md and ../build.py for the markup. A case whose page has chrome
between body paragraphs writes the body into the page itself (``_split``), so the
expected body and the page stay one text.
"""


def _split(body: str, at: list[int], inserts: list[str], indent: str = "") -> str:
    """The body's paragraphs as page lines with ``inserts[k]`` placed before paragraph ``at[k]``."""
    paras = [p.strip() for p in body.strip().split("\n") if p.strip()]
    out: list[str] = []
    for i, p in enumerate(paras):
        for k, pos in enumerate(at):
            if pos == i:
                out.append(inserts[k])
        out.append(indent + p)
    return "\n".join(out)


_CHA_BODY = """
2025年5月16日下午，澄川县茶叶行业协会在协会会议室召开2025年第二次会长办公会议。会议由会长曾国梁主持，副会长、秘书长及监事长共9人参加，县农业农村局茶叶站负责同志应邀列席。会议听取了秘书处关于春茶生产销售情况的汇报，研究了近期重点工作。现纪要如下：
一、关于春茶生产销售情况
会议认为，今年全县春茶开采较往年提前5天，名优茶产量约1260吨，同比增长8%，但受市场需求变化影响，中低档茶价格有所下滑。会议要求各会员企业加强品质管控，严格执行采摘和加工标准，维护“澄川毛尖”品牌声誉。
二、关于举办第六届澄川茶文化节
会议同意于2025年9月中旬举办第六届澄川茶文化节，由秘书处牵头制定活动方案，6月底前提交理事会审议。活动经费采取会员自愿赞助与政府补助相结合的方式筹集，专款专用，活动结束后向全体会员公开收支情况。
三、关于会员发展和会费收缴
会议通报，截至4月底，协会共有会员单位168家，今年新增会员11家。会议要求秘书处做好会费催缴工作，对连续两年未缴纳会费的会员，按章程规定予以提醒，经提醒仍不缴纳的，提请理事会审议。
参加人员：曾国梁、罗永康、钟玉兰、彭志军、易少波、贺春林、段红霞、田敏、廖学文
列席人员：县农业农村局茶叶站　欧阳慧
抄送：县农业农村局，县民政局，县工商联。
澄川县茶叶行业协会秘书处
2025年5月19日
"""

CASES = [
    dict(
        slug="community-yunqi-elevator-notice-contact",
        site="砚溪街道云栖社区网站 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yanxijd.gov.cn/sqzc/yunqi/tzgg/2025/0403/1207.html",
        title="关于开展既有住宅加装电梯意愿征集的通知",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="community site: the notice's own 联系人/联系电话 line stays, the community hotline in the footer is chrome; residents' messages under the notice",
        page="""
!m 砚溪街道办事处 · 云栖社区
!m 社区首页　社区概况　通知公告　办事指南　网格服务　居民心声
!m 位置：社区首页 > 通知公告
{T}
!m 发布者：云栖社区居委会　发布时间：2025-04-03 09:15　点击：688
{BODY}
!l 【居民留言】
!l 3栋的王阿姨：我们单元老人多，支持加装！
!l 12栋住户：费用怎么分摊？希望早点开会说明。
!a 我要留言（需实名登录）
!m 社区服务热线：0592-7733120　网格员值班电话：13906001478
!m 砚溪街道办事处版权所有
""",
        indent="\u3000\u3000",
        body="""
各位居民朋友：
为进一步改善辖区老旧住宅居民出行条件，方便老年人、残疾人等群体上下楼，根据《鹭洲区既有住宅增设电梯实施办法》有关规定，社区决定在辖区1990年至2005年建成的多层住宅中开展加装电梯意愿征集工作。现将有关事项通知如下：
一、征集范围：望湖苑、桂香里、纺织厂宿舍三个小区共42个单元。
二、征集时间：2025年4月7日至4月30日。
三、征集方式：以单元为单位，由楼栋长组织本单元业主填写《加装电梯意愿征集表》，业主本人签字确认后交社区党群服务中心一楼服务窗口。同一单元同意加装的业主达到规定比例的，社区将协助开展方案设计、费用测算和报批工作。
四、政策支持：符合条件的加装电梯项目可申请区级财政补助每台20万元，业主还可按规定提取住房公积金用于支付加装费用。
请各位居民相互转告，积极参与。如有疑问，请在工作时间到社区咨询。
联系人：社区居委会　周敏，联系电话：0592-7733126。
云栖社区居民委员会
2025年4月2日
""",
    ),
    dict(
        slug="community-guiyuan-sorting-pledge-html",
        site="东关街道桂园社区网站 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="notice",
        form="html",
        source="http://guiyuan.dongguanjd.linyi-sq.cn/sqgg/2025/0619/330.html",
        title="关于开展“垃圾分类　桂园先行”的倡议书",
        title_also=["关于开展“垃圾分类 桂园先行”的倡议书"],
        record_title=None,
        date="2025-06-18",
        date_also=["2025-06-19"],
        notes="no title or date in the record; Chinese-numeral date under a two-line signature; like counter, residents' comments and the community's reply",
        page="""
<html><head><meta charset="utf-8"><title>桂园社区</title></head><body>
<div class="hd">⟦m 东关街道　桂园社区⟧</div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 党建引领⟧</a> <a>⟦m 社区公告⟧</a> <a>⟦m 便民服务⟧</a> <a>⟦m 志愿者之家⟧</a></div>
<div class="where">⟦m 您当前的位置：首页 &gt;&gt; 社区公告⟧</div>
<h3 class="tit">{T}</h3>
<div class="inf">⟦m 发布人：社区管理员　日期：2025-06-19　来源：本站⟧</div>
<div class="con">
{BODY}
</div>
<div class="zan">⟦l 点赞(56)　评论(3)⟧</div>
<div class="cmt"><h4>⟦l 网友评论⟧</h4>
<p>⟦l 居民李女士：厨余垃圾桶能不能在北门多放两个？⟧</p>
<p>⟦l 社区回复：已反馈物业公司，下周增设。⟧</p>
<p><a>⟦a 登录后发表评论⟧</a></p></div>
<div class="ft"><p>⟦m 联系地址：临漪市东关街道桂园路16号　电话：0531-6620817⟧</p><p>⟦d 本站内容归桂园社区所有，转载请注明出处⟧</p></div>
</body></html>
""",
        body="""
社区全体居民、驻区单位及商户朋友们：
垃圾分类关系广大居民的生活环境，关系节约使用资源，也是社会文明水平的重要体现。自今年7月起，我市将全面实施生活垃圾分类管理。为营造人人参与、人人受益的良好氛围，桂园社区向大家发出如下倡议：
一、做垃圾分类的学习者。主动了解可回收物、有害垃圾、厨余垃圾和其他垃圾的分类标准，掌握正确投放方法，做到心中有数、手上有准。
二、做垃圾分类的践行者。从自身做起、从家庭做起，坚持在家中分好类、定时定点投放，厨余垃圾做到“破袋投放”，大件垃圾预约清运，不乱扔乱放。
三、做垃圾分类的宣传者。党员、楼栋长和志愿者要带头示范，主动向家人、邻居宣传分类知识，劝导不文明投放行为，带动更多居民参与进来。
四、做绿色生活的倡导者。减少使用一次性餐具和塑料袋，践行光盘行动，让简约适度、绿色低碳的生活方式成为社区新风尚。
垃圾分好类，家园更美丽。让我们携起手来，共同建设干净、整洁、文明的桂园社区！
桂园社区党委
桂园社区居民委员会
二〇二五年六月十八日
""",
    ),
    dict(
        slug="street-yanxi-city-management-summary-wrapped",
        site="鹭洲区砚溪街道办事处网站 (invented)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.yanxijd.gov.cn/zwgk/jhzj/2025/0114/1033.html",
        title="砚溪街道2024年城市精细化管理工作总结",
        date=None,
        notes="street-office site, hard-wrapped at 72 columns; nav and related links that share words (社区之窗); no date anywhere",
        page="""
!m 鹭洲区砚溪街道办事处
!m 街道概况 | 政务公开 | 工作动态 | 社区之窗 | 办事服务 | 互动交流
!m 首页 » 政务公开 » 计划总结
{T}
!m 信息提供：街道城管办　　审核：黄立
!a 字号：[ 大 中 小 ]　　[ 打印 ]　　[ 关闭 ]
{BODY}
!l 相关链接：社区之窗 | 网格服务 | 居民议事厅
!m 砚溪街道办事处主办　地址：鹭洲区砚溪路99号　闽ICP备11009203号
""",
        wrap=72,
        indent="\u3000\u3000",
        body="""
2024年，砚溪街道坚持以绣花功夫推进城市精细化管理，围绕“净、序、绿、亮、美”目标，扎实开展市容环境整治提升行动，辖区城市面貌持续改善，居民满意度明显提高。现将全年工作总结如下。
一、主要做法和成效
（一）环境卫生全面提质。推行“街巷长制”，为辖区86条背街小巷明确街巷长和保洁责任人，实行“一巷一档”管理。全年清理卫生死角1320处，清运积存垃圾2600余吨，主次干道机扫率达到95%。
（二）市容秩序规范有序。联合市场监管、公安等部门开展占道经营、乱停乱放专项整治，规范设置便民疏导点5处，新增非机动车停放点42处。全年劝导和纠正各类违规行为4800余起，拆除违法户外广告牌136块。
（三）社区治理共建共享。发动党员、志愿者组建“砚溪啄木鸟”巡查队12支，常态化开展市容巡查和文明劝导；在8个小区推行“红色物业”，协调解决小区环境问题210件。
二、存在的问题
一是部分老旧小区基础设施欠账较多，改造资金缺口大；二是沿街商户门前责任落实不够到位，反弹现象时有发生；三是数字化管理手段运用不足，发现问题主要依靠人工巡查。
三、2025年工作打算
下一步，街道将围绕建设“精致砚溪”目标，推进智慧城管平台接入社区网格，完善门前责任区考评机制，持续巩固整治成果，努力让辖区群众生活得更方便、更舒心、更美好。
""",
    ),
    dict(
        slug="assoc-qifeng-materials-congress-notice-html",
        site="栖凤市建筑材料行业协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qfjcxh.org.cn/tzgg/2025/0731/215.html",
        title="关于召开栖凤市建筑材料行业协会第四届会员代表大会的通知",
        date="2025-07-30",
        date_also=["2025-07-31"],
        notes="association site: bilingual name, a document number line, the agenda as 1. 2. 3. 4., the notice's own contact line and a two-line 附件 list stay; an attachment-download button and a list of notices after",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知公告-栖凤市建筑材料行业协会</title></head><body>
<div class="brand">⟦m 栖凤市建筑材料行业协会⟧<br>⟦m Qifeng Building Materials Industry Association⟧</div>
<div class="nav"><a>⟦m 协会概况⟧</a><a>⟦m 通知公告⟧</a><a>⟦m 行业资讯⟧</a><a>⟦m 会员服务⟧</a><a>⟦m 政策法规⟧</a><a>⟦a 入会申请⟧</a></div>
<div class="path">⟦m 首页 &gt; 通知公告⟧</div>
<div class="art"><h1>{T}</h1>
<div class="date">⟦m 发布日期：2025-07-31　浏览次数：203⟧</div>
<p class="wh">栖建材协〔2025〕9号</p>
{BODY}
<div class="fj"><a>⟦a 附件下载：参会回执.docx⟧</a></div></div>
<div class="list"><h4>⟦l 最新通知⟧</h4>
<p>⟦l 关于开展2025年度行业统计工作的通知⟧</p>
<p>⟦l 关于组织会员单位参加绿色建材博览会的通知⟧</p></div>
<div class="foot"><p>⟦m 秘书处地址：栖凤市新城大道300号建材大厦8楼⟧</p><p>⟦d Copyright © 栖凤市建筑材料行业协会 All Rights Reserved⟧</p><p>⟦m 湘ICP备16020231号⟧</p></div>
</body></html>
""",
        body="""
各会员单位：
经协会第三届理事会第十二次会议研究决定，定于2025年8月22日召开栖凤市建筑材料行业协会第四届会员代表大会。现将有关事项通知如下：
一、会议时间：2025年8月22日（星期五）上午9:00，会期半天，8:30前完成签到。
二、会议地点：栖凤市国际会展中心二楼报告厅。
三、会议议程
1.审议第三届理事会工作报告和财务工作报告；
2.审议修订后的《栖凤市建筑材料行业协会章程》；
3.选举产生第四届理事会理事、监事；
4.表彰2023—2024年度优秀会员单位。
四、参会人员：各会员单位推选会员代表1名，须为本单位主要负责人或分管负责人。
五、有关要求：请各会员单位于8月15日前将参会回执报送协会秘书处，逾期视为放弃参会。会议不收取任何费用，交通和住宿自理。
联系人：协会秘书处　龙晓燕，电话：0739-8837061，邮箱：mishuchu@qfjcxh.org.cn。
附件：1.第四届会员代表大会参会回执
2.第四届理事会理事候选人名单
栖凤市建筑材料行业协会
2025年7月30日
""",
    ),
    dict(
        slug="assoc-chengchuan-tea-minutes-midbody-ads",
        site="澄川县茶叶行业协会 (invented)",
        style="行业协会",
        genre="纪要",
        kind="other",
        form="text",
        source="http://www.ccchaxie.org/xhdt/hyjy/2025/0520/88.html",
        title="澄川县茶叶行业协会2025年第二次会长办公会议纪要",
        record_title="澄川县茶叶行业协会2025年第二次会长办公会议纪要_澄川县茶叶行业协会",
        date="2025-05-19",
        date_also=["2025-05-20"],
        notes="a members' ad and a related-reading line that looks like this document's title stand between body paragraphs; the minutes' 参加人员, 列席 and 抄送 lines stay",
        page=(
            """
!m 澄川县茶叶行业协会 — 服务会员　规范行业　弘扬茶文化
!m 首页 → 协会动态 → 会议纪要
{T}
!m 发布：秘书处　时间：2025-05-20　阅读：97次
"""
            + _split(
                _CHA_BODY,
                [3, 7],
                [
                    "!a 【会员专享】2025年茶叶市场分析报告免费领取，登录会员中心即可查看",
                    "!l 相关阅读：澄川县茶叶行业协会2025年第一次会长办公会议纪要",
                ],
                "\u3000\u3000",
            )
            + """
!a 【返回顶部】【打印此页】
!m 协会地址：澄川县茶城路1号　电话：0736-5230618
!m 湘ICP备20005187号
"""
        ),
        body=_CHA_BODY,
    ),
    dict(
        slug="assoc-qifeng-logistics-anniversary-address",
        site="栖凤市物流行业协会 (invented)",
        style="行业协会",
        genre="致辞",
        kind="speech",
        form="text",
        source="http://www.qfwlxh.com/news/ldjh/20251020/5120.html",
        title="在栖凤市物流行业协会成立二十周年纪念大会上的致辞",
        record_title=None,
        date="2025-10-18",
        date_also=["2025-10-20"],
        notes="no title in the record; the page title with a _site suffix, the date and speaker under the title; blank lines between paragraphs; next link that looks like a notice title",
        page="""
!m 栖凤市物流行业协会官网
!m 首页 / 协会新闻 / 领导讲话
!t 在栖凤市物流行业协会成立二十周年纪念大会上的致辞_栖凤市物流行业协会
!m 更新于 2025-10-20　作者：协会办公室
{T}
（2025年10月18日）
会长　苏文博
{BODY}
!l 上一篇：协会召开第五届理事会第三次会议
!l 下一篇：关于举办2025年冷链物流技术培训班的通知
!a 分享：微信 | 微博 | 复制链接
!m 会员服务热线：0739-8809262
!d 本网站资讯如需转载，请与协会办公室联系并注明来源。
""",
        gap=True,
        indent="\u3000\u3000",
        body="""
尊敬的各位领导、各位来宾，各位会员单位的朋友们：
金秋十月，丹桂飘香。今天，我们在这里隆重集会，庆祝栖凤市物流行业协会成立二十周年。在此，我代表协会理事会，向莅临大会的各位领导和来宾表示热烈的欢迎，向二十年来关心支持协会发展的各级政府部门和社会各界朋友表示衷心的感谢，向全体会员单位致以崇高的敬意！
二十年前，十几家物流企业自发联合，发起成立了协会。二十年来，协会从最初的16家会员单位发展到今天的412家，会员企业年营业收入从不足5亿元增长到逾230亿元。我们坚持服务会员、服务行业、服务政府的宗旨，在推动行业标准化建设、协调解决企业诉求、开展人才培训等方面做了大量工作，协会先后被评为省级5A级社会组织和全国物流行业先进社团。
回顾二十年的历程，我们深切体会到：协会的发展离不开党委政府的正确领导，离不开会员单位的团结协作，更离不开广大物流从业者的辛勤付出。
当前，物流行业正处在转型升级的关键时期，数字化、智能化、绿色化发展趋势日益明显。站在新的起点上，协会将进一步加强自身建设，搭建好政企沟通的桥梁，推动会员企业在多式联运、冷链物流、智慧仓储等领域加强合作，为栖凤建设区域性物流枢纽城市贡献力量。
最后，祝大会圆满成功！祝各位来宾身体健康、工作顺利！谢谢大家！
""",
    ),
]
